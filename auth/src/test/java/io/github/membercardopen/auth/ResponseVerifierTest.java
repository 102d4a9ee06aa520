package io.github.membercardopen.auth;

import io.github.membercardopen.auth.crypto.CryptoProvider;
import io.github.membercardopen.auth.crypto.Sha256WithRsa;
import io.github.membercardopen.auth.trust.WechatPayPublicKeyTrust;
import io.github.membercardopen.auth.verify.ResponseSignature;
import io.github.membercardopen.auth.verify.ResponseVerifier;
import io.github.membercardopen.error.ResponseVerificationException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Verification of signatures made by openssl over reference §8.4's messages with our fake WeChat Pay key. */
class ResponseVerifierTest {
    private static final long TIMESTAMP = 1554209980;
    private static final String NONCE = "c5ac7061fccab6bf3e254dcf98995b8c";
    private static final String BODY = "{\"code\":\"478515832665\"}";

    private static ResponseVerifier verifierAt(long epochSecond) {
        return new ResponseVerifier(new WechatPayPublicKeyTrust(FakeKeys.PUBLIC_KEY_ID, FakeKeys.wechatpayPublicKey()),
                new Sha256WithRsa(CryptoProvider.jdk()), Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    private static ResponseSignature signed(String signature) {
        return new ResponseSignature(Long.toString(TIMESTAMP), NONCE, signature, FakeKeys.PUBLIC_KEY_ID, "req-1");
    }

    private static String failure(ResponseVerifier verifier, ResponseSignature signature, String body) {
        return assertThrows(ResponseVerificationException.class, () -> verifier.verify(signature, body)).getMessage();
    }

    @Test
    void acceptsOpensslSignatureOverTheRawBody() {
        assertDoesNotThrow(() -> verifierAt(TIMESTAMP).verify(signed(FakeKeys.vector("response.signature")), BODY));
    }

    @Test
    void acceptsSignatureOverAnEmptyBody() {
        assertDoesNotThrow(() -> verifierAt(TIMESTAMP).verify(signed(FakeKeys.vector("response.empty.signature")), ""));
    }

    @Test
    void rejectsBodyReserialisedWithDifferentSpacing() {
        String message = failure(verifierAt(TIMESTAMP), signed(FakeKeys.vector("response.signature")),
                "{\"code\": \"478515832665\"}");
        assertTrue(message.contains("does not verify") && message.contains("retry with the same out_request_no"), message);
    }

    @Test
    void acceptsResponseSigned299SecondsAgoAndRejects300() {
        assertDoesNotThrow(() -> verifierAt(TIMESTAMP + 299).verify(signed(FakeKeys.vector("response.signature")), BODY));
        String message = failure(verifierAt(TIMESTAMP + 300), signed(FakeKeys.vector("response.signature")), BODY);
        assertTrue(message.contains("300 s away"), message);
        assertThrows(ResponseVerificationException.class,
                () -> verifierAt(TIMESTAMP - 300).verify(signed(FakeKeys.vector("response.signature")), BODY));
    }

    @Test
    void rejectsProbeSignature() {
        String message = failure(verifierAt(TIMESTAMP), signed("WECHATPAY/SIGNTEST/abcdef"), BODY);
        assertTrue(message.contains("WECHATPAY/SIGNTEST/"), message);
    }

    @Test
    void rejectsUnknownSerialNamingIt() {
        ResponseSignature other = new ResponseSignature(Long.toString(TIMESTAMP), NONCE,
                FakeKeys.vector("response.signature"), "5157F09EFDC096DE15EBE81A47057A7232F1B8E1", null);
        String message = failure(verifierAt(TIMESTAMP), other, BODY);
        assertTrue(message.contains("5157F09EFDC096DE15EBE81A47057A7232F1B8E1") && message.contains(FakeKeys.PUBLIC_KEY_ID),
                message);
    }

    @Test
    void rejectsMissingHeadersNamingThem() {
        ResponseSignature partial = new ResponseSignature(Long.toString(TIMESTAMP), null, "", FakeKeys.PUBLIC_KEY_ID, "r");
        String message = failure(verifierAt(TIMESTAMP), partial, BODY);
        assertTrue(message.contains("Wechatpay-Nonce") && message.contains("Wechatpay-Signature"), message);
    }

    @Test
    void rejectsNonBase64Signature() {
        assertThrows(ResponseVerificationException.class, () -> verifierAt(TIMESTAMP).verify(signed("%%%"), BODY));
    }
}
