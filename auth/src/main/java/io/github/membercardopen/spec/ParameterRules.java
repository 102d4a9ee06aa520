package io.github.membercardopen.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The spec's constraints on a path, query or header parameter, checked before the call is sent. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ParameterRules {
    /** The parameter's name in the spec. */
    String name();

    boolean required() default false;

    int minLength() default -1;

    int maxLength() default -1;

    /** A regular expression the value must match, empty for none. */
    String pattern() default "";
}
