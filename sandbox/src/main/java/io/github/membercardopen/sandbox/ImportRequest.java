package io.github.membercardopen.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The body of an import request, parsed strictly and checked against the spec's constraints: only the
 * three documented fields, each a string of the right length, {@code out_request_no} in its charset.
 */
final class ImportRequest {
    static final int MAX_CARD_ID = 32;
    private static final int MAX_CODE = 32;
    private static final int MAX_OUT_REQUEST_NO = 32;
    private static final int MAX_ENCRYPTED_PHONE = 512;
    private static final Pattern OUT_REQUEST_NO = Pattern.compile("^[A-Za-z0-9|_*-]+$");
    private static final Set<String> FIELDS = new HashSet<>(Arrays.asList(
            "encrypted_phone_number", "code", "out_request_no"));

    final String encryptedPhoneNumber;
    final String code;
    final String outRequestNo;

    private ImportRequest(String encryptedPhoneNumber, String code, String outRequestNo) {
        this.encryptedPhoneNumber = encryptedPhoneNumber;
        this.code = code;
        this.outRequestNo = outRequestNo;
    }

    /** Checks the {@code card_id} path parameter. */
    static void checkCardId(String cardId) {
        if (cardId.isEmpty() || cardId.length() > MAX_CARD_ID) {
            throw ApiError.paramError("card_id", "path", "must be 1 to " + MAX_CARD_ID + " characters, is "
                    + cardId.length());
        }
    }

    static ImportRequest parse(String body) {
        JsonObject json = object(body);
        for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
            if (!FIELDS.contains(entry.getKey())) {
                throw ApiError.paramError("/" + entry.getKey(), "body", "is not a field of this API (请求中含有未在API文档中定义的参数)");
            }
        }
        String phone = string(json, "encrypted_phone_number", true, MAX_ENCRYPTED_PHONE);
        String code = string(json, "code", false, MAX_CODE);
        String outRequestNo = string(json, "out_request_no", true, MAX_OUT_REQUEST_NO);
        if (!OUT_REQUEST_NO.matcher(outRequestNo).matches()) {
            throw ApiError.paramError("/out_request_no", "body",
                    "may only contain letters, digits, |, _, * and -");
        }
        return new ImportRequest(phone, code, outRequestNo);
    }

    private static JsonObject object(String body) {
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(body);
        } catch (RuntimeException e) {
            throw ApiError.paramError("/", "body", "is not valid JSON");
        }
        if (!parsed.isJsonObject()) {
            throw ApiError.paramError("/", "body", "must be a JSON object");
        }
        return parsed.getAsJsonObject();
    }

    private static String string(JsonObject json, String field, boolean required, int maxLength) {
        JsonElement element = json.get(field);
        if (element == null || element.isJsonNull()) {
            if (required) {
                throw ApiError.paramError("/" + field, "body", "is required");
            }
            return null;
        }
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
            throw ApiError.paramError("/" + field, "body", "must be a string");
        }
        String value = element.getAsString();
        if (value.isEmpty() || value.length() > maxLength) {
            throw ApiError.paramError("/" + field, "body", "must be 1 to " + maxLength + " characters, is "
                    + value.length());
        }
        return value;
    }
}
