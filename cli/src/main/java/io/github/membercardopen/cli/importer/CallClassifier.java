package io.github.membercardopen.cli.importer;

import io.github.membercardopen.cli.flow.CallOutcome;
import io.github.membercardopen.error.InvalidFieldException;
import io.github.membercardopen.error.LocalException;
import io.github.membercardopen.error.RetryAdvice;
import io.github.membercardopen.error.ServiceException;
import io.github.membercardopen.error.WechatPayException;

import java.util.List;

/** Maps what the SDK threw to what the importer does next. */
final class CallClassifier {
    private static final List<String> CARD_LEVEL_MESSAGES = List.of("会员卡ID无效", "会员卡的创建商户号不等于调用方商户号",
            "请先升级会员卡");

    private CallClassifier() {
    }

    /**
     * {@code null} means "stop the whole run": the failure is the configuration's or the account's (a rejected
     * signature, a key that cannot be used, no permission, a card that does not exist or is not this
     * merchant's), so every other member would fail the same way and must not be marked failed for it.
     */
    static CallOutcome classify(WechatPayException failure) {
        if (failure instanceof ServiceException) {
            ServiceException service = (ServiceException) failure;
            if (service.getHttpStatus() == 429) {
                return CallOutcome.RETRY_THROTTLED;
            }
            if (service.getRetryAdvice() == RetryAdvice.FIX_THEN_RETRY || concernsTheAccountOrCard(service)) {
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

    /**
     * 403 and 404 are about the merchant or the card, never one member; so are the card-level
     * INVALID_REQUEST messages of the member-card error table (reference §1.4).
     */
    private static boolean concernsTheAccountOrCard(ServiceException service) {
        if (service.getHttpStatus() == 403 || service.getHttpStatus() == 404) {
            return true;
        }
        String message = service.getErrorMessage();
        return "INVALID_REQUEST".equals(service.getErrorCode()) && message != null
                && CARD_LEVEL_MESSAGES.stream().anyMatch(message::contains);
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
