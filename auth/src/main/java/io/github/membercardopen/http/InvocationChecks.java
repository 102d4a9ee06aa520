package io.github.membercardopen.http;

import io.github.membercardopen.spec.FieldRules;
import io.github.membercardopen.spec.ParameterRules;
import io.github.membercardopen.spec.Validatable;
import retrofit2.Invocation;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Checks a call's arguments against the spec's constraints, so nothing invalid is ever sent. */
final class InvocationChecks {
    // reflection copies its arrays on every call: read each method's rules once
    private final Map<Method, ParameterRules[]> rulesByMethod = new ConcurrentHashMap<>();

    void check(Invocation invocation) {
        if (invocation == null) {
            return;
        }
        ParameterRules[] rules = rulesByMethod.computeIfAbsent(invocation.method(), InvocationChecks::rulesOf);
        List<?> arguments = invocation.arguments();
        for (int i = 0; i < rules.length; i++) {
            Object argument = arguments.get(i);
            if (rules[i] != null) {
                FieldRules.check(rules[i], argument);
            }
            if (argument instanceof Validatable) {
                ((Validatable) argument).validate();
            }
        }
    }

    /** Per parameter, its {@link ParameterRules} or {@code null}. */
    private static ParameterRules[] rulesOf(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        ParameterRules[] rules = new ParameterRules[annotations.length];
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof ParameterRules) {
                    rules[i] = (ParameterRules) annotation;
                }
            }
        }
        return rules;
    }
}
