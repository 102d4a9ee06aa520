package io.github.membercardopen.error;

/**
 * The platform-certificate download could not be used: it failed, or it held no certificate that is
 * valid now or matches its listed serial. A later download may succeed.
 */
public class PlatformCertificateException extends WechatPayException {
    private static final long serialVersionUID = 1L;

    public PlatformCertificateException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
