package io.github.membercardopen.http;

import io.github.membercardopen.spec.FieldRules;
import io.github.membercardopen.spec.ParameterRules;
import io.github.membercardopen.spec.Validatable;
import retrofit2.Invocation;

import java.lang.annotation.Annotation;
import java.util.List;

/** Checks a call's arguments against the spec's constraints, so nothing invalid is ever sent. */
final class InvocationChecks {
    private InvocationChecks() {
    }

    static void check(Invocation invocation) {
        if (invocation == null) {
            return;
        }
        Annotation[][] annotations = invocation.method().getParameterAnnotations();
        List<?> arguments = invocation.arguments();
        for (int i = 0; i < annotations.length; i++) {
            Object argument = arguments.get(i);
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof ParameterRules) {
                    FieldRules.check((ParameterRules) annotation, argument);
                }
            }
            if (argument instanceof Validatable) {
                ((Validatable) argument).validate();
            }
        }
    }
}
