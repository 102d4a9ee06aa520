package io.github.membercardopen.sandbox;

import io.github.membercardopen.client.WechatPayClient;
import io.github.membercardopen.error.RetryAdvice;
import io.github.membercardopen.error.ServiceException;
import io.github.membercardopen.model.PhoneMembercardImportRequest;
import io.github.membercardopen.sandbox.junit.WechatPaySandboxTest;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@WechatPaySandboxTest
class RequestAuthenticationTest {
    WechatPaySandbox sandbox;
    ThrowawayCredentials credentials;

    /** Imports with a client built like the good one, then changed by {@code change}; returns the error. */
    private ServiceException rejection(UnaryOperator<WechatPayClient.Builder> change) {
        try (WechatPayClient client = change.apply(SandboxClients.builder(sandbox, credentials)).build()) {
            PhoneMembercardImportRequest request = new PhoneMembercardImportRequest()
                    .encryptedPhoneNumber("13800138000").outRequestNo("auth-" + System.nanoTime());
            ServiceException e = assertThrows(ServiceException.class, () ->
                    client.membercardOpen().importPhoneMembercard(WechatPaySandbox.SYSTEM_ALLOCATE_CARD, request));
            assertTrue(sandbox.importedMembers().isEmpty(), "a rejected request must not import");
            return e;
        }
    }

    private static void assertSignError(ServiceException e, String messagePart) {
        assertEquals(401, e.getHttpStatus());
        assertEquals("SIGN_ERROR", e.getErrorCode());
        assertEquals(RetryAdvice.FIX_THEN_RETRY, e.getRetryAdvice());
        assertTrue(e.getErrorMessage().contains(messagePart), e.getErrorMessage());
    }

    @Test
    void rejectsASignatureMadeWithAnotherKey() {
        ServiceException e = rejection(b -> b.merchantPrivateKey(ThrowawayKeys.rsa2048().getPrivate()));
        assertSignError(e, "签名错误");
        assertTrue(e.getDetail().contains("truncated_sign_message"), e.getDetail());
    }

    @Test
    void rejectsATimestampMoreThanFiveMinutesOld() {
        Clock stale = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-6));
        assertSignError(rejection(b -> b.clock(stale)), "5分钟");
    }

    @Test
    void rejectsAnotherMerchantId() {
        assertSignError(rejection(b -> b.merchantId("1900000002")), "mchid");
    }

    @Test
    void rejectsASerialNoThatIsNotTheMerchantCertificate() {
        assertSignError(rejection(b -> b.merchantSerialNumber("5157F09EFDC096DE15EBE81A47057A7232F1B8E1")), "serial_no");
    }

    @Test
    void rejectsAWechatpaySerialThatNamesNoKeyOfTheSandbox() {
        ServiceException e = rejection(b -> b.wechatpayPublicKey("PUB_KEY_ID_0000000000000000000000000000000000",
                credentials.wechatpayPublicKey()));
        assertEquals(400, e.getHttpStatus());
        assertEquals("PARAM_ERROR", e.getErrorCode());
        assertTrue(e.getErrorMessage().startsWith("平台证书序列号Wechatpay-Serial错误"), e.getErrorMessage());
    }

    @Test
    void rejectsAPhoneEncryptedForAnotherKey() {
        ServiceException e = rejection(b -> b.wechatpayPublicKey(credentials.publicKeyId(),
                ThrowawayKeys.rsa2048().getPublic()));
        assertEquals("PARAM_ERROR", e.getErrorCode());
        assertTrue(e.getDetail().contains("/encrypted_phone_number"), e.getDetail());
    }

    @Test
    void errorAnswersAreSignedAndVerified() {
        assertTrue(rejection(b -> b.merchantId("1900000002")).isSignatureVerified());
    }
}
