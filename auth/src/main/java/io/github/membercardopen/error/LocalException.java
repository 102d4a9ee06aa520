package io.github.membercardopen.error;

/** A problem found before anything was sent: the message says what to fix. Not retryable as is. */
public abstract class LocalException extends WechatPayException {
    private static final long serialVersionUID = 1L;

    protected LocalException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
