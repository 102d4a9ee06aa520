package io.github.membercardopen.error;

/**
 * A 2xx answer whose signature could not be verified: missing headers, a stale timestamp, an unknown
 * {@code Wechatpay-Serial}, a wrong signature or a deliberate {@code WECHATPAY/SIGNTEST/} probe.
 * WeChat Pay may have executed the request: the outcome is unknown, so retry with the same
 * {@code out_request_no}, never a new one.
 */
public class ResponseVerificationException extends WechatPayException {
    private static final long serialVersionUID = 1L;

    private final String requestId;

    public ResponseVerificationException(String message, String requestId) {
        super(message + (requestId == null ? "" : " (Request-ID " + requestId + ")")
                + "; the outcome is unknown: retry with the same out_request_no", null);
        this.requestId = requestId;
    }

    /** The {@code Request-ID} header of the unverified answer, or {@code null}. */
    public String getRequestId() {
        return requestId;
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
