package io.github.membercardopen.cli.importer;

import io.github.membercardopen.cli.flow.CallOutcome;
import io.github.membercardopen.error.InvalidFieldException;
import io.github.membercardopen.error.LocalException;
import io.github.membercardopen.error.RetryAdvice;
import io.github.membercardopen.error.ServiceException;
import io.github.membercardopen.error.WechatPayException;

/** Maps what the SDK threw to what the importer does next. */
final class CallClassifier {
    private CallClassifier() {
    }

    /**
     * {@code null} means "stop the whole run": the failure is the configuration's (a rejected signature, a
     * key that cannot be used), so every other member would fail the same way.
     */
    static CallOutcome classify(WechatPayException failure) {
        if (failure instanceof ServiceException) {
            ServiceException service = (ServiceException) failure;
            if (service.getHttpStatus() == 429) {
                return CallOutcome.RETRY_THROTTLED;
            }
            if (service.getRetryAdvice() == RetryAdvice.FIX_THEN_RETRY) {
                return null;
            }
            return service.isRetryable() ? CallOutcome.RETRY_UNKNOWN : CallOutcome.PERMANENT_FAILURE;
        }
        if (failure instanceof InvalidFieldException) {
            return CallOutcome.PERMANENT_FAILURE;
        }
        if (failure instanceof LocalException) {
            return null;
        }
        return CallOutcome.RETRY_UNKNOWN; // transport failures and unverifiable answers: the outcome is unknown
    }

    /** The error code recorded in the state file. */
    static String errorCode(WechatPayException failure) {
        if (failure instanceof ServiceException) {
            return ((ServiceException) failure).getErrorCode();
        }
        return failure.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1_$2")
                .toUpperCase(java.util.Locale.ROOT);
    }

    /** The message recorded in the state file: WeChat Pay's own words when it answered. */
    static String errorMessage(WechatPayException failure) {
        if (failure instanceof ServiceException && ((ServiceException) failure).getErrorMessage() != null) {
            return ((ServiceException) failure).getErrorMessage();
        }
        return failure.getMessage();
    }
}
