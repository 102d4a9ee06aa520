package io.github.membercardopen.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

/**
 * The parties of one import, with keys generated per fork: a merchant, WeChat Pay, a card and a member.
 * Keys come from the JDK's generator, as {@code KeyLoader} gives them to a real client, whichever
 * provider then uses them.
 */
final class ImportFixture {
    static final String MERCHANT_ID = "1900000001";
    static final String MERCHANT_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    static final String PUBLIC_KEY_ID = "PUB_KEY_ID_0119000000012026112600000000000000";
    static final String CARD_ID = "pbLatjvWOibDc5-TBnbUk1pD12o0";
    static final String PHONE = "13800138000";
    static final String OUT_REQUEST_NO = "IMPORT0001";
    static final String BASE_URL = "https://api.mch.weixin.qq.com/";
    static final String PATH = "/v3/marketing/membercard-open/cards/" + CARD_ID + "/phone-membercard/import";
    static final String RESPONSE_CODE = "478515832665";
    static final String RESPONSE_BODY = "{\"code\":\"" + RESPONSE_CODE + "\"}";

    final KeyPair merchant = rsa2048();
    final KeyPair wechatpay = rsa2048();

    /** The APIv3 request signing message: method, path, timestamp, nonce, body, each ending in a newline. */
    static String requestMessage(String method, String path, long timestamp, String nonce, String body) {
        return method + "\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + body + "\n";
    }

    /** The APIv3 response signing message: timestamp, nonce, body, each ending in a newline. */
    static String responseMessage(long timestamp, String nonce, String body) {
        return timestamp + "\n" + nonce + "\n" + body + "\n";
    }

    /** SHA256withRSA with the JDK's provider, Base64: how the fake WeChat Pay signs its answers. */
    static String sign(PrivateKey key, String message) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa2048() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
