package io.github.membercardopen.sandbox;

import io.github.membercardopen.client.WechatPayClient;
import io.github.membercardopen.error.ResponseVerificationException;
import io.github.membercardopen.error.ServiceException;
import io.github.membercardopen.error.TransportException;
import io.github.membercardopen.model.PhoneMembercardImportRequest;
import io.github.membercardopen.sandbox.junit.WechatPaySandboxTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@WechatPaySandboxTest
class FaultInjectionTest {
    private static final String CARD = WechatPaySandbox.SYSTEM_ALLOCATE_CARD;

    WechatPaySandbox sandbox;
    WechatPayClient client;

    private String importMember(String phone, String outRequestNo) {
        return client.membercardOpen().importPhoneMembercard(CARD,
                new PhoneMembercardImportRequest().encryptedPhoneNumber(phone).outRequestNo(outRequestNo)).getCode();
    }

    @Test
    void systemErrorIsRetryableAndNothingIsImported() {
        sandbox.faults().failRate(1);
        ServiceException e = assertThrows(ServiceException.class, () -> importMember("13700137000", "fault-500"));
        assertEquals(500, e.getHttpStatus());
        assertEquals("SYSTEM_ERROR", e.getErrorCode());
        assertTrue(e.isRetryable());
        assertNull(sandbox.importedMember("fault-500"));
        assertEquals(1, sandbox.faults().counts().systemErrors());

        sandbox.faults().clear();
        assertNotNull(importMember("13700137000", "fault-500"));
    }

    @Test
    void rateLimitShareAnswers429FrequencyLimited() {
        sandbox.faults().rateLimitRate(1);
        ServiceException e = assertThrows(ServiceException.class, () -> importMember("13700137001", "fault-429"));
        assertEquals(429, e.getHttpStatus());
        assertEquals("FREQUENCY_LIMITED", e.getErrorCode());
        assertTrue(e.isRetryable());
        assertEquals(1, sandbox.faults().counts().rateLimited());
    }

    @Test
    void qpsCapAnswers429RateLimitExceededOnceTheBucketIsEmpty() {
        // A cap of one request per ~17 minutes: the first request takes the only token.
        sandbox.faults().rateLimitQps(0.001);
        assertNotNull(importMember("13700137002", "fault-qps-1"));
        ServiceException e = assertThrows(ServiceException.class, () -> importMember("13700137003", "fault-qps-2"));
        assertEquals(429, e.getHttpStatus());
        assertEquals("RATELIMIT_EXCEEDED", e.getErrorCode());
        assertEquals(1, sandbox.faults().counts().rateLimited());
    }

    @Test
    void dropAfterProcessingSurfacesAsTransportExceptionAndTheMemberIsImportedOnce() {
        sandbox.faults().dropRate(1);
        TransportException e = assertThrows(TransportException.class, () -> importMember("13700137004", "fault-drop"));
        assertTrue(e.isRetryable());
        assertTrue(sandbox.faults().counts().dropped() >= 1);
        ImportedMember member = sandbox.importedMember("fault-drop");
        assertNotNull(member, "the import happened before the connection was dropped");

        sandbox.faults().clear();
        assertEquals(member.code(), importMember("13700137004", "fault-drop"));
        assertEquals(1, sandbox.importedMembers().stream().filter(m -> m.phoneNumber().equals("13700137004")).count());
    }

    @Test
    void badSignatureSurfacesAsResponseVerificationExceptionAfterImporting() {
        sandbox.faults().badSignatureRate(1);
        ResponseVerificationException e = assertThrows(ResponseVerificationException.class,
                () -> importMember("13700137005", "fault-badsig"));
        assertTrue(e.isRetryable());
        assertEquals(1, sandbox.faults().counts().badSignatures());
        assertNotNull(sandbox.importedMember("fault-badsig"));
    }

    @Test
    void probeSignatureSurfacesAsResponseVerificationException() {
        sandbox.faults().probeSignatureRate(1);
        ResponseVerificationException e = assertThrows(ResponseVerificationException.class,
                () -> importMember("13700137006", "fault-probe"));
        assertTrue(e.getMessage().contains("WECHATPAY/SIGNTEST/"), e.getMessage());
        assertEquals(1, sandbox.faults().counts().probeSignatures());
    }

    @Test
    void latencyIsAddedAndCounted() {
        sandbox.faults().latency(Duration.ofMillis(1), Duration.ofMillis(5));
        assertNotNull(importMember("13700137007", "fault-latency"));
        assertEquals(1, sandbox.faults().counts().delayed());
    }

    @Test
    void everyInjectedFaultIsCountedOnce() {
        sandbox.faults().seed(42).failRate(0.3);
        int failures = 0;
        for (int i = 0; i < 40; i++) {
            try {
                importMember("1370013" + String.format("%04d", 100 + i), "fault-count-" + i);
            } catch (ServiceException e) {
                failures++;
            }
        }
        assertEquals(failures, sandbox.faults().counts().systemErrors());
        assertEquals(40 - failures, sandbox.importedMembers().stream()
                .filter(m -> m.outRequestNo().startsWith("fault-count-")).count());
    }

    @Test
    void faultsAreOffAtTheStartOfEachTest() {
        assertEquals(0, sandbox.faults().counts().systemErrors());
        assertNotNull(importMember("13700137008", "fault-none"));
    }
}
