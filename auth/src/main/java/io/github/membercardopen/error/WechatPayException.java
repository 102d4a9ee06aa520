package io.github.membercardopen.error;

/**
 * Root of every exception the SDK throws. Catch a subclass to act on the outcome:
 * {@link ServiceException} (WeChat Pay answered with an error), {@link ResponseVerificationException}
 * (an answer arrived but could not be trusted: outcome unknown), {@link TransportException} (no usable
 * answer: outcome unknown) and {@link LocalException} (nothing was sent).
 */
public abstract class WechatPayException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected WechatPayException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether sending the same request again, with the same {@code out_request_no}, is the right next
     * step. Never mint a new {@code out_request_no} for an outcome that may have happened.
     */
    public abstract boolean isRetryable();
}
