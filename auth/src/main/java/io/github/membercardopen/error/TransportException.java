package io.github.membercardopen.error;

import java.io.IOException;

/**
 * No usable answer arrived: connection refused, reset, timed out or closed mid-body. If the request may
 * have reached WeChat Pay the outcome is unknown, so retry with the same {@code out_request_no}.
 */
public class TransportException extends WechatPayException {
    private static final long serialVersionUID = 1L;

    public TransportException(String message, IOException cause) {
        super(message + ": " + cause, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
