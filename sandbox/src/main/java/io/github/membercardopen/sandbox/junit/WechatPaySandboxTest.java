package io.github.membercardopen.sandbox.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test class against its own {@link io.github.membercardopen.sandbox.WechatPaySandbox} with
 * throwaway keys; see {@link WechatPaySandboxExtension} for what it injects.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(WechatPaySandboxExtension.class)
public @interface WechatPaySandboxTest {
    /** The merchant id the sandbox serves and the client signs as. */
    String merchantId() default "1900000001";

    /** Also serve a platform certificate on {@code /v3/certificates} (mixed mode); public-key mode otherwise. */
    boolean platformCertificates() default false;
}
