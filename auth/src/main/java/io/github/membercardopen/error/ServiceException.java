package io.github.membercardopen.error;

/**
 * WeChat Pay answered with an error: HTTP status, its {@code code}, {@code message}, optional
 * {@code detail} (as JSON text) and {@code Request-ID}. {@link #getRetryAdvice()} says whether the same
 * request may be sent again.
 */
public class ServiceException extends WechatPayException {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String errorCode;
    private final String errorMessage;
    private final String detail;
    private final String requestId;
    private final boolean signatureVerified;

    public ServiceException(int httpStatus, String errorCode, String errorMessage, String detail,
                            String requestId, boolean signatureVerified, String diagnosis) {
        super(describe(httpStatus, errorCode, errorMessage, detail, requestId, signatureVerified, diagnosis), null);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
        this.detail = detail;
        this.requestId = requestId;
        this.signatureVerified = signatureVerified;
    }

    private static String describe(int status, String code, String message, String detail, String requestId,
                                   boolean verified, String diagnosis) {
        StringBuilder sb = new StringBuilder("HTTP ").append(status).append(' ').append(code);
        if (message != null) {
            sb.append(": ").append(message);
        }
        if (detail != null) {
            sb.append(" detail=").append(detail);
        }
        if (requestId != null) {
            sb.append(" (Request-ID ").append(requestId).append(')');
        }
        sb.append(verified ? " [signed answer, signature verified]" : " [answer not signature-verified]");
        if (diagnosis != null) {
            sb.append('\n').append(diagnosis);
        }
        return sb.toString();
    }

    public int getHttpStatus() {
        return httpStatus;
    }

    /** WeChat Pay's error code, for example {@code PARAM_ERROR}; {@code HTTP_<status>} if the body had none. */
    public String getErrorCode() {
        return errorCode;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    /** The error's {@code detail} object as JSON text, or {@code null}. */
    public String getDetail() {
        return detail;
    }

    public String getRequestId() {
        return requestId;
    }

    /** Whether the error answer carried a signature that verified. Error answers are often unsigned. */
    public boolean isSignatureVerified() {
        return signatureVerified;
    }

    public RetryAdvice getRetryAdvice() {
        return RetryAdvice.forStatus(httpStatus);
    }

    @Override
    public boolean isRetryable() {
        return getRetryAdvice() == RetryAdvice.RETRY_SAME_REQUEST;
    }
}
