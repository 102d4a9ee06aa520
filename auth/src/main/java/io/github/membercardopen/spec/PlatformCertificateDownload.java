package io.github.membercardopen.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the operation that downloads the encrypted platform certificates. Generated from the spec's
 * {@code x-wechatpay-certificate-download: true}; the interceptor verifies such an answer with the
 * certificates it carries as well, since a new certificate may sign the very list that announces it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PlatformCertificateDownload {
}
