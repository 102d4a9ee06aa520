package io.github.membercardopen.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a model field the caller fills in plain text and the SDK sends RSA-OAEP encrypted with WeChat
 * Pay's key. Generated from the spec's {@code x-wechatpay-encrypted: true}; read at run time by the
 * interceptor, which encrypts a copy of the serialised body, never the caller's object.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface WechatPayEncrypted {
}
