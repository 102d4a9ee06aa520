package io.github.membercardopen.auth;

import io.github.membercardopen.auth.crypto.CryptoProvider;
import io.github.membercardopen.auth.crypto.Sha256WithRsa;
import io.github.membercardopen.auth.signing.AuthorizationHeader;
import io.github.membercardopen.auth.signing.RequestSigner;
import io.github.membercardopen.auth.signing.SigningMessages;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our signatures equal openssl's on the same fake key and message (see fake-keys/make-vectors.sh). */
class SigningKnownAnswerTest {
    private static final String POST_PATH =
            "/v3/marketing/membercard-open/cards/pbLatjvWOibDc5-TBnbUk1pD12o0/phone-membercard/import";
    private static final String POST_BODY = "{\"encrypted_phone_number\":\"vvysDQeEaH3I+wRh14St0aaKSE2j4mAFON3kzNexb/SYkHZNJAuCittaW4wpGj7U+h9A==\","
            + "\"code\":\"478515832665\",\"out_request_no\":\"100002322019090134234sfdf\"}";
    private static final String NONCE = "593BEC0C930BF1AFEB40B4A08C8FB242";
    private static final Clock AT_1554208460 = Clock.fixed(Instant.ofEpochSecond(1554208460), ZoneOffset.UTC);

    private final Sha256WithRsa rsa = new Sha256WithRsa(CryptoProvider.jdk());

    @Test
    void requestMessageHasFiveLinesEachEndingInNewline() {
        assertEquals("POST\n/p\n1\nn\n{}\n", SigningMessages.request("POST", "/p", 1, "n", "{}"));
        assertEquals("GET\n/p?a=1\n1\nn\n\n", SigningMessages.request("GET", "/p?a=1", 1, "n", ""));
    }

    @Test
    void postSignatureMatchesOpenssl() {
        String message = SigningMessages.request("POST", POST_PATH, 1554208460, NONCE, POST_BODY);
        assertEquals(FakeKeys.vector("request.post.signature"), rsa.sign(FakeKeys.merchantPrivateKey(), message));
    }

    @Test
    void getWithQuerySignatureMatchesOpenssl() {
        RequestSigner signer = new RequestSigner(FakeKeys.MERCHANT_ID, FakeKeys.MERCHANT_SERIAL,
                FakeKeys.merchantPrivateKey(), rsa, () -> NONCE, AT_1554208460);
        RequestSigner.Signed signed = signer.sign("GET", "/v3/certificates?algorithm_type=RSA", "");
        assertEquals("WECHATPAY2-SHA256-RSA2048 mchid=\"1900000001\",nonce_str=\"" + NONCE
                        + "\",timestamp=\"1554208460\",serial_no=\"" + FakeKeys.MERCHANT_SERIAL
                        + "\",signature=\"" + FakeKeys.vector("request.get.signature") + "\"",
                signed.authorization());
        assertEquals("GET\n/v3/certificates?algorithm_type=RSA\n1554208460\n" + NONCE + "\n\n", signed.message());
    }

    @Test
    void timestampIsEpochSecondsNotMillis() {
        RequestSigner signer = new RequestSigner("1", "S", FakeKeys.merchantPrivateKey(), rsa, () -> NONCE, AT_1554208460);
        assertEquals("1554208460", AuthorizationHeader.parse(signer.sign("GET", "/", "").authorization()).timestamp());
    }

    @Test
    void authorizationHeaderParsesInAnyPairOrder() {
        AuthorizationHeader header = AuthorizationHeader.parse("WECHATPAY2-SHA256-RSA2048 serial_no=\"S\",signature=\"sig=\","
                + "timestamp=\"1\",nonce_str=\"n\",mchid=\"m\"");
        assertEquals("m", header.mchid());
        assertEquals("sig=", header.signature());
        assertEquals("S", header.serialNo());
    }

    @Test
    void authorizationHeaderWithoutSignatureIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AuthorizationHeader.parse(
                "WECHATPAY2-SHA256-RSA2048 mchid=\"m\",nonce_str=\"n\",timestamp=\"1\",serial_no=\"S\""));
        assertTrue(e.getMessage().contains("signature"));
    }

    @Test
    void authorizationHeaderWithOtherSchemeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> AuthorizationHeader.parse("Bearer abc"));
    }
}
