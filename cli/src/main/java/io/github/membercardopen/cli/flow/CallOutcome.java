package io.github.membercardopen.cli.flow;

/** How a failed import call ended, as far as flow control and the state file care. */
public enum CallOutcome {
    /** A verified business error that a resend cannot fix (invalid phone, card not found...): record, report, move on. */
    PERMANENT_FAILURE,
    /** 429 / {@code FREQUENCY_LIMITED}: slow the rate limiter down, then resend with the same out_request_no. */
    RETRY_THROTTLED,
    /**
     * 5xx, timeout, dropped connection or a response whose signature could not be verified: the import may or
     * may not have happened, so back off and resend with the same out_request_no, which is idempotent.
     */
    RETRY_UNKNOWN
}
