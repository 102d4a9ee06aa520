package io.github.membercardopen.spec;

import io.github.membercardopen.error.InvalidFieldException;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The constraint checks generated code calls, one per spec keyword. Each names the field as the API
 * spells it. Never puts the value in the message: it may be personal data.
 */
public final class FieldRules {
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private FieldRules() {
    }

    public static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
    }

    public static void minLength(String field, String value, int min) {
        if (value != null && value.length() < min) {
            throw new InvalidFieldException(field, "must be at least " + min + " characters, is " + value.length());
        }
    }

    public static void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidFieldException(field, "must be at most " + max + " characters, is " + value.length());
        }
    }

    public static void pattern(String field, String value, String regex) {
        if (value != null && !PATTERNS.computeIfAbsent(regex, Pattern::compile).matcher(value).matches()) {
            throw new InvalidFieldException(field, "must match " + regex);
        }
    }

    public static void minItems(String field, Collection<?> value, int min) {
        if (value != null && value.size() < min) {
            throw new InvalidFieldException(field, "must have at least " + min + " items, has " + value.size());
        }
    }

    public static void maxItems(String field, Collection<?> value, int max) {
        if (value != null && value.size() > max) {
            throw new InvalidFieldException(field, "must have at most " + max + " items, has " + value.size());
        }
    }

    /** Checks a nested model, naming its fields under {@code field}. */
    public static void nested(String field, Object value) {
        if (value instanceof Validatable) {
            try {
                ((Validatable) value).validate();
            } catch (InvalidFieldException e) {
                throw new InvalidFieldException(field + "." + e.getField(), e.getReason());
            }
        }
    }

    /** Checks each element of a list of models. */
    public static void nestedEach(String field, Collection<?> values) {
        if (values != null) {
            int index = 0;
            for (Object value : values) {
                nested(field + "[" + index++ + "]", value);
            }
        }
    }

    /** Checks a parameter annotated with {@link ParameterRules}. */
    public static void check(ParameterRules rules, Object value) {
        if (rules.required()) {
            required(rules.name(), value);
        }
        if (value instanceof String) {
            String text = (String) value;
            if (rules.minLength() >= 0) {
                minLength(rules.name(), text, rules.minLength());
            }
            if (rules.maxLength() >= 0) {
                maxLength(rules.name(), text, rules.maxLength());
            }
            if (!rules.pattern().isEmpty()) {
                pattern(rules.name(), text, rules.pattern());
            }
        }
    }
}
