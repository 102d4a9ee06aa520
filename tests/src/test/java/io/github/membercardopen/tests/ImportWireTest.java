package io.github.membercardopen.tests;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.membercardopen.auth.crypto.CryptoProvider;
import io.github.membercardopen.auth.crypto.RsaOaep;
import io.github.membercardopen.auth.crypto.Sha256WithRsa;
import io.github.membercardopen.auth.signing.AuthorizationHeader;
import io.github.membercardopen.auth.signing.SigningMessages;
import io.github.membercardopen.client.WechatPayClient;
import io.github.membercardopen.error.InvalidFieldException;
import io.github.membercardopen.error.ResponseVerificationException;
import io.github.membercardopen.error.RetryAdvice;
import io.github.membercardopen.error.ServiceException;
import io.github.membercardopen.error.TransportException;
import io.github.membercardopen.model.PhoneMembercardImportRequest;
import io.github.membercardopen.model.PhoneMembercardImportResponse;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What goes over the wire for an import, checked on the request MockWebServer recorded. */
class ImportWireTest {
    private static final String CARD_ID = "pbLatjvWOibDc5-TBnbUk1pD12o0";
    private static final String IMPORT_PATH = "/v3/marketing/membercard-open/cards/" + CARD_ID + "/phone-membercard/import";

    private final WireFixture wire = new WireFixture("1900000001");
    private final WechatPayClient client = wire.client();
    private final Sha256WithRsa rsa = new Sha256WithRsa(CryptoProvider.jdk());

    @AfterEach
    void stop() throws Exception {
        client.close();
        wire.close();
    }

    private static PhoneMembercardImportRequest request() {
        return new PhoneMembercardImportRequest().encryptedPhoneNumber("13800138000").code("478515832665")
                .outRequestNo("IMPORT0001");
    }

    @Test
    void importIsSignedEncryptedAndNamesTheEncryptingKey() throws Exception {
        wire.server.enqueue(wire.signed(200, "{\"code\":\"478515832665\"}"));
        PhoneMembercardImportRequest request = request();

        PhoneMembercardImportResponse response = client.membercardOpen().importPhoneMembercard(CARD_ID, request);

        assertEquals("478515832665", response.getCode());
        RecordedRequest recorded = wire.server.takeRequest();
        String body = recorded.getBody().readUtf8();
        assertEquals("POST", recorded.getMethod());
        assertEquals(IMPORT_PATH, recorded.getPath());
        assertEquals(WireFixture.PUBLIC_KEY_ID, recorded.getHeader("Wechatpay-Serial"));
        assertEquals("application/json", recorded.getHeader("Accept"));
        assertTrue(recorded.getHeader("Content-Type").startsWith("application/json"));
        assertTrue(recorded.getHeader("User-Agent").startsWith("membercard-open-java"));

        AuthorizationHeader authorization = AuthorizationHeader.parse(recorded.getHeader("Authorization"));
        assertEquals("1900000001", authorization.mchid());
        assertEquals(wire.merchantSerial, authorization.serialNo());
        assertEquals(32, authorization.nonce().length());
        String signedMessage = SigningMessages.request("POST", IMPORT_PATH, Long.parseLong(authorization.timestamp()),
                authorization.nonce(), body);
        assertTrue(rsa.verify(wire.merchant.getPublic(), signedMessage, authorization.signature()),
                "Authorization verifies with the merchant public key over the exact bytes received");

        JsonObject json = JsonParser.parseString(body).getAsJsonObject();
        String ciphertext = json.get("encrypted_phone_number").getAsString();
        assertEquals(344, ciphertext.length());
        assertEquals("13800138000", new RsaOaep(CryptoProvider.jdk()).decrypt(wire.wechatpay.getPrivate(), ciphertext));
        assertEquals("478515832665", json.get("code").getAsString());
        assertEquals("IMPORT0001", json.get("out_request_no").getAsString());
        assertEquals("13800138000", request.getEncryptedPhoneNumber(), "the caller's object keeps the plain text");
    }

    @Test
    void optionalCodeIsOmittedNotSentAsNull() throws Exception {
        wire.server.enqueue(wire.signed(200, "{\"code\":\"1\"}"));
        client.membercardOpen().importPhoneMembercard(CARD_ID, request().code(null));
        assertFalse(wire.server.takeRequest().getBody().readUtf8().contains("\"code\""));
    }

    @Test
    void asyncVariantCompletesWithTheResponse() throws Exception {
        wire.server.enqueue(wire.signed(200, "{\"code\":\"478515832665\"}"));
        assertEquals("478515832665",
                client.membercardOpen().importPhoneMembercardAsync(CARD_ID, request()).get(10, TimeUnit.SECONDS).getCode());
    }

    @Test
    void asyncVariantFailsWithTheTypedException() {
        wire.server.enqueue(WireFixture.unsignedError(500, "SYSTEM_ERROR", "系统错误"));
        CompletionException e = assertThrows(CompletionException.class,
                () -> client.membercardOpen().importPhoneMembercardAsync(CARD_ID, request()).join());
        assertInstanceOf(ServiceException.class, e.getCause());
    }

    @Test
    void toStringMasksThePhone() {
        String text = request().toString();
        assertTrue(text.contains("138****8000"), text);
        assertFalse(text.contains("13800138000"), text);
    }

    @Test
    void rejectsResponseWithWrongSignatureAsUnknownOutcome() {
        wire.server.enqueue(WireFixture.withSignature(200, "{\"code\":\"1\"}", System.currentTimeMillis() / 1000,
                "nonce", wire.signed(200, "{\"code\":\"2\"}").getHeaders().get("Wechatpay-Signature"),
                WireFixture.PUBLIC_KEY_ID));
        ResponseVerificationException e = assertThrows(ResponseVerificationException.class,
                () -> client.membercardOpen().importPhoneMembercard(CARD_ID, request()));
        assertTrue(e.isRetryable());
        assertTrue(e.getMessage().contains("retry with the same out_request_no"));
    }

    @Test
    void rejectsProbeSignature() {
        wire.server.enqueue(WireFixture.withSignature(200, "{\"code\":\"1\"}", System.currentTimeMillis() / 1000,
                "nonce", "WECHATPAY/SIGNTEST/YWJj", WireFixture.PUBLIC_KEY_ID));
        assertThrows(ResponseVerificationException.class, () -> client.membercardOpen().importPhoneMembercard(CARD_ID, request()));
    }

    @Test
    void rejectsResponseSignedSixMinutesAgo() {
        wire.server.enqueue(wire.signedAt(200, "{\"code\":\"1\"}", System.currentTimeMillis() / 1000 - 360,
                WireFixture.PUBLIC_KEY_ID));
        assertThrows(ResponseVerificationException.class, () -> client.membercardOpen().importPhoneMembercard(CARD_ID, request()));
    }

    @Test
    void rejectsUnsignedSuccess() {
        wire.server.enqueue(new MockResponse().setBody("{\"code\":\"1\"}"));
        ResponseVerificationException e = assertThrows(ResponseVerificationException.class,
                () -> client.membercardOpen().importPhoneMembercard(CARD_ID, request()));
        assertTrue(e.getMessage().contains("Wechatpay-Signature"));
    }

    @Test
    void rejectsResponseSignedByAnUnknownSerial() {
        wire.server.enqueue(wire.signedAt(200, "{\"code\":\"1\"}", System.currentTimeMillis() / 1000, "PUB_KEY_ID_OTHER"));
        ResponseVerificationException e = assertThrows(ResponseVerificationException.class,
                () -> client.membercardOpen().importPhoneMembercard(CARD_ID, request()));
        assertTrue(e.getMessage().contains("PUB_KEY_ID_OTHER"));
    }

    @ParameterizedTest
    @CsvSource({
        "400, PARAM_ERROR, DO_NOT_RETRY",
        "400, INVALID_REQUEST, DO_NOT_RETRY",
        "401, SIGN_ERROR, FIX_THEN_RETRY",
        "403, NO_AUTH, DO_NOT_RETRY",
        "404, RESOURCE_NOT_EXISTS, DO_NOT_RETRY",
        "429, RATELIMIT_EXCEEDED, RETRY_SAME_REQUEST",
        "500, SYSTEM_ERROR, RETRY_SAME_REQUEST",
        "503, SERVICE_UNAVAILABLE, RETRY_SAME_REQUEST",
    })
    void mapsEachDocumentedErrorToAServiceException(int status, String code, RetryAdvice advice) {
        wire.server.enqueue(WireFixture.unsignedError(status, code, "msg"));
        ServiceException e = assertThrows(ServiceException.class,
                () -> client.membercardOpen().importPhoneMembercard(CARD_ID, request()));
        assertEquals(status, e.getHttpStatus());
        assertEquals(code, e.getErrorCode());
        assertEquals("msg", e.getErrorMessage());
        assertEquals("08F8B1A1B10610D0ERR", e.getRequestId());
        assertEquals(advice, e.getRetryAdvice());
        assertFalse(e.isSignatureVerified());
    }

    @Test
    void signedErrorIsReportedAsVerified() {
        wire.server.enqueue(wire.signed(400, "{\"code\":\"INVALID_REQUEST\",\"message\":\"会员卡ID无效\"}"));
        ServiceException e = assertThrows(ServiceException.class,
                () -> client.membercardOpen().importPhoneMembercard(CARD_ID, request()));
        assertTrue(e.isSignatureVerified());
        assertTrue(e.getMessage().contains("会员卡ID无效"));
    }

    @Test
    void signErrorShowsTheStringWeSigned() {
        wire.server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"code\":\"SIGN_ERROR\",\"message\":\"签名错误\","
                + "\"detail\":{\"detail\":{\"issue\":\"sign not match\"},\"sign_information\":{\"sign_message_length\":512}}}"));
        ServiceException e = assertThrows(ServiceException.class,
                () -> client.membercardOpen().importPhoneMembercard(CARD_ID, request()));
        assertTrue(e.getMessage().contains("POST⏎\n" + IMPORT_PATH + "⏎"), e.getMessage());
        assertTrue(e.getMessage().contains("sign_message_length"), e.getMessage());
        assertFalse(e.getMessage().contains("13800138000"), "the signed body carries ciphertext only");
    }

    @Test
    void acceptedButNotProcessedIsRetryable() {
        wire.server.enqueue(wire.signed(202, ""));
        assertTrue(assertThrows(ServiceException.class,
                () -> client.membercardOpen().importPhoneMembercard(CARD_ID, request())).isRetryable());
    }

    @Test
    void connectionDroppedAfterTheRequestIsATransportFailure() {
        wire.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        TransportException e = assertThrows(TransportException.class,
                () -> client.membercardOpen().importPhoneMembercard(CARD_ID, request()));
        assertTrue(e.isRetryable());
    }

    @Test
    void slowServerEndsWithinTheReadTimeout() throws Exception {
        try (WechatPayClient impatient = wire.clientBuilder().readTimeout(Duration.ofMillis(300)).build()) {
            wire.server.enqueue(wire.signed(200, "{\"code\":\"1\"}").setHeadersDelay(5, TimeUnit.SECONDS));
            assertThrows(TransportException.class, () -> impatient.membercardOpen().importPhoneMembercard(CARD_ID, request()));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "out_request_no, IMPORT 0001",
        "out_request_no, 123456789012345678901234567890123",
        "code, 123456789012345678901234567890123",
    })
    void invalidFieldIsNamedAndNothingIsSent(String field, String value) {
        PhoneMembercardImportRequest request = field.equals("code") ? request().code(value) : request().outRequestNo(value);
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> client.membercardOpen().importPhoneMembercard(CARD_ID, request));
        assertEquals(field, e.getField());
        assertEquals(0, wire.server.getRequestCount());
    }

    @Test
    void missingPhoneAndOverlongCardIdAreNamed() {
        assertEquals("encrypted_phone_number", assertThrows(InvalidFieldException.class,
                () -> client.membercardOpen().importPhoneMembercard(CARD_ID, request().encryptedPhoneNumber(null))).getField());
        assertEquals("card_id", assertThrows(InvalidFieldException.class,
                () -> client.membercardOpen().importPhoneMembercard("x".repeat(33), request())).getField());
        assertEquals(0, wire.server.getRequestCount());
    }

    @Test
    void plaintextTooLongForRsaIsNamed() {
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> client.membercardOpen().importPhoneMembercard(CARD_ID, request().encryptedPhoneNumber("1".repeat(215))));
        assertEquals("encrypted_phone_number", e.getField());
        assertEquals(0, wire.server.getRequestCount());
    }

    @Test
    void pathParameterIsPercentEncoded() throws Exception {
        wire.server.enqueue(wire.signed(200, "{\"code\":\"1\"}"));
        client.membercardOpen().importPhoneMembercard("a b", request());
        assertEquals("/v3/marketing/membercard-open/cards/a%20b/phone-membercard/import", wire.server.takeRequest().getPath());
    }

    @Test
    void unknownResponseFieldsAreIgnored() {
        wire.server.enqueue(wire.signed(200, "{\"code\":\"1\",\"new_field\":{\"x\":1}}"));
        assertEquals("1", client.membercardOpen().importPhoneMembercard(CARD_ID, request()).getCode());
    }

    @Test
    void noContentAnswerGivesNull() {
        wire.server.enqueue(wire.signed(204, ""));
        assertNull(client.certificates().downloadCertificates(null));
    }
}
