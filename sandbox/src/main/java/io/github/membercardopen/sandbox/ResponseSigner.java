package io.github.membercardopen.sandbox;

import io.github.membercardopen.auth.crypto.Nonces;
import io.github.membercardopen.auth.crypto.Sha256WithRsa;
import io.github.membercardopen.auth.signing.AuthorizationHeader;
import io.github.membercardopen.auth.signing.SigningMessages;
import io.github.membercardopen.auth.verify.ResponseSignature;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Signs answers as WeChat Pay does: the {@code Wechatpay-*} headers over timestamp, nonce and body. */
final class ResponseSigner {
    static final String SIGNATURE_TYPE = "Wechatpay-Signature-Type";

    /** A valid signature, a wrong one, or a deliberate {@code WECHATPAY/SIGNTEST/} probe. */
    enum Mode { VALID, WRONG, PROBE }

    private final WechatPayKeyRing keys;
    private final Sha256WithRsa rsa;
    private final Clock clock;
    private final Nonces nonces = new Nonces();
    private final SecureRandom random = new SecureRandom();

    ResponseSigner(WechatPayKeyRing keys, Sha256WithRsa rsa, Clock clock) {
        this.keys = keys;
        this.rsa = rsa;
        this.clock = clock;
    }

    /** The signature headers for {@code body}, answering a request whose {@code Wechatpay-Serial} was {@code requestSerial}. */
    Map<String, String> headers(String body, String requestSerial, Mode mode) {
        WechatPayKeyRing.NamedKey key = keys.signingKey(requestSerial);
        String timestamp = Long.toString(clock.millis() / 1000);
        String nonce = nonces.get();
        String signature = rsa.sign(key.privateKey, SigningMessages.response(timestamp, nonce, body));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ResponseSignature.TIMESTAMP, timestamp);
        headers.put(ResponseSignature.NONCE, nonce);
        headers.put(ResponseSignature.SIGNATURE, tampered(signature, mode));
        headers.put(ResponseSignature.SERIAL, key.id);
        headers.put(SIGNATURE_TYPE, AuthorizationHeader.SCHEME);
        return headers;
    }

    private String tampered(String signature, Mode mode) {
        if (mode == Mode.VALID) {
            return signature;
        }
        byte[] noise = new byte[256];
        random.nextBytes(noise);
        String wrong = Base64.getEncoder().encodeToString(noise);
        return mode == Mode.PROBE ? "WECHATPAY/SIGNTEST/" + wrong : wrong;
    }
}
