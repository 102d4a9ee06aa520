package io.github.membercardopen.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.membercardopen.error.ServiceException;

/** Turns an error answer's body {@code {code, message, detail}} into a {@link ServiceException}. */
public final class ErrorResponses {
    private ErrorResponses() {
    }

    /**
     * Never throws on a malformed body: a non-JSON answer (a proxy's HTML page, say) becomes
     * {@code HTTP_<status>} with the start of the body as message.
     */
    public static ServiceException toException(int status, String body, String requestId, boolean signatureVerified,
                                               String diagnosis) {
        String code = "HTTP_" + status;
        String message = null;
        String detail = null;
        JsonObject json = parseObject(body);
        if (json != null) {
            code = string(json.get("code"), code);
            message = string(json.get("message"), null);
            JsonElement detailElement = json.get("detail");
            detail = detailElement == null || detailElement.isJsonNull() ? null : detailElement.toString();
        } else if (body != null && !body.trim().isEmpty()) {
            message = "non-JSON error body: " + abbreviate(body.trim(), 200);
        }
        return new ServiceException(status, code, message, detail, requestId, signatureVerified, diagnosis);
    }

    private static JsonObject parseObject(String body) {
        if (body == null || body.isEmpty()) {
            return null;
        }
        try {
            JsonElement element = JsonParser.parseString(body);
            return element.isJsonObject() ? element.getAsJsonObject() : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static String string(JsonElement element, String fallback) {
        if (element == null || element.isJsonNull()) {
            return fallback;
        }
        return element.isJsonPrimitive() ? element.getAsString() : element.toString();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }
}
