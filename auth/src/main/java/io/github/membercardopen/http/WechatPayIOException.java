package io.github.membercardopen.http;

import io.github.membercardopen.error.WechatPayException;

import java.io.IOException;

/**
 * Carries a {@link WechatPayException} through OkHttp, whose interceptors may only throw
 * {@link IOException} safely (a runtime exception would escape an asynchronous call's callback).
 * The call adapter unwraps it; plain OkHttp users find the typed exception as {@link #getCause()}.
 */
public final class WechatPayIOException extends IOException {
    private static final long serialVersionUID = 1L;

    public WechatPayIOException(WechatPayException cause) {
        super(cause.getMessage(), cause);
    }

    @Override
    public synchronized WechatPayException getCause() {
        return (WechatPayException) super.getCause();
    }
}
