package io.github.membercardopen.sandbox;

import com.google.gson.Gson;
import io.github.membercardopen.auth.crypto.RsaOaep;

import java.security.GeneralSecurityException;
import java.util.Collections;
import java.util.regex.Pattern;

/**
 * {@code POST /v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import}, after the request
 * is authenticated: checks {@code Wechatpay-Serial}, the path and body, the card, decrypts and checks
 * the phone, then imports (or replays) through the {@link MemberRegistry}.
 */
final class ImportHandler {
    private static final Pattern MAINLAND_MOBILE = Pattern.compile("^1[3-9]\\d{9}$");

    private final WechatPayKeyRing keys;
    private final RsaOaep rsaOaep;
    private final MemberRegistry registry;
    private final Gson gson;

    ImportHandler(WechatPayKeyRing keys, RsaOaep rsaOaep, MemberRegistry registry, Gson gson) {
        this.keys = keys;
        this.rsaOaep = rsaOaep;
        this.registry = registry;
        this.gson = gson;
    }

    OutgoingResponse handle(IncomingRequest request, String cardId) {
        WechatPayKeyRing.NamedKey key = keys.decryptionKey(request.header("Wechatpay-Serial"));
        if (key == null) {
            throw new ApiError(400, "PARAM_ERROR", "平台证书序列号Wechatpay-Serial错误 (it must name one of "
                    + keys.serials() + ")", null);
        }
        ImportRequest.checkCardId(cardId);
        ImportRequest body = ImportRequest.parse(request.body());
        if (!registry.hasCard(cardId)) {
            throw ApiError.invalidRequest("会员卡ID无效 (no card " + cardId + " in this sandbox)");
        }
        String phone = decryptPhone(key, body.encryptedPhoneNumber);
        String code = registry.importMember(cardId, phone, body.code, body.outRequestNo);
        return new OutgoingResponse(200, gson.toJson(Collections.singletonMap("code", code)));
    }

    private String decryptPhone(WechatPayKeyRing.NamedKey key, String ciphertext) {
        String phone;
        try {
            phone = rsaOaep.decrypt(key.privateKey, ciphertext);
        } catch (GeneralSecurityException e) {
            throw ApiError.paramError("/encrypted_phone_number", "body",
                    "is not RSA-OAEP ciphertext for the key " + key.id + " named by Wechatpay-Serial");
        }
        if (!MAINLAND_MOBILE.matcher(phone).matches()) {
            throw ApiError.paramError("/encrypted_phone_number", "body",
                    "decrypts to something that is not an 11-digit mainland mobile number (no +86)");
        }
        return phone;
    }
}
