package io.github.membercardopen.http;

import io.github.membercardopen.error.RetryAdvice;
import io.github.membercardopen.error.ServiceException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorResponsesTest {
    @Test
    void readsCodeMessageAndDetail() {
        ServiceException e = ErrorResponses.toException(400, "{\"code\":\"PARAM_ERROR\",\"message\":\"参数错误\","
                + "\"detail\":{\"field\":\"/out_request_no\",\"issue\":\"too long\",\"location\":\"body\"}}", "rid", false, null);
        assertEquals("PARAM_ERROR", e.getErrorCode());
        assertEquals("参数错误", e.getErrorMessage());
        assertTrue(e.getDetail().contains("/out_request_no"));
        assertEquals("rid", e.getRequestId());
        assertEquals(RetryAdvice.DO_NOT_RETRY, e.getRetryAdvice());
        assertTrue(e.getMessage().contains("not signature-verified"));
    }

    @Test
    void classifiesStatusesPerTheErrorTable() {
        assertTrue(ErrorResponses.toException(429, "{\"code\":\"RATELIMIT_EXCEEDED\"}", null, false, null).isRetryable());
        assertTrue(ErrorResponses.toException(500, "{\"code\":\"SYSTEM_ERROR\"}", null, false, null).isRetryable());
        assertTrue(ErrorResponses.toException(202, "", null, false, null).isRetryable());
        assertEquals(RetryAdvice.FIX_THEN_RETRY, ErrorResponses.toException(401, "{\"code\":\"SIGN_ERROR\"}", null, false, null).getRetryAdvice());
        assertFalse(ErrorResponses.toException(403, "{\"code\":\"NO_AUTH\"}", null, false, null).isRetryable());
    }

    @Test
    void nonJsonBodyBecomesHttpStatusCode() {
        ServiceException e = ErrorResponses.toException(502, "<html>Bad Gateway</html>", null, false, null);
        assertEquals("HTTP_502", e.getErrorCode());
        assertTrue(e.getErrorMessage().contains("Bad Gateway"));
        assertNull(ErrorResponses.toException(503, "", null, false, null).getErrorMessage());
        assertEquals("HTTP_500", ErrorResponses.toException(500, "[1,2]", null, false, null).getErrorCode());
    }
}
