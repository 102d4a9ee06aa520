package io.github.membercardopen.error;

/** What to do after a {@link ServiceException}, from the APIv3 error table. */
public enum RetryAdvice {
    /** Not accepted or failed on WeChat Pay's side (429, 5xx, 202): send the same request again later. */
    RETRY_SAME_REQUEST,
    /** Rejected before processing (401 SIGN_ERROR): fix signing or the clock, then retrying is safe. */
    FIX_THEN_RETRY,
    /** A parameter or business error: retrying the same request gives the same answer. */
    DO_NOT_RETRY;

    public static RetryAdvice forStatus(int httpStatus) {
        if (httpStatus == 202 || httpStatus == 429 || httpStatus >= 500) {
            return RETRY_SAME_REQUEST;
        }
        if (httpStatus == 401) {
            return FIX_THEN_RETRY;
        }
        return DO_NOT_RETRY;
    }
}
