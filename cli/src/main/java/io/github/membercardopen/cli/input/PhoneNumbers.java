package io.github.membercardopen.cli.input;

import java.util.Optional;
import java.util.regex.Pattern;

/** Normalises, validates and masks mainland China mobile numbers. */
public final class PhoneNumbers {

    private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern DECORATION = Pattern.compile("[\\s\\-()\\u00a0\\u3000]");
    private static final String[] COUNTRY_PREFIXES = {"+86", "0086", "86"};

    private PhoneNumbers() {
    }

    /**
     * Strips spaces, dashes and parentheses, then a {@code +86}, {@code 0086} or {@code 86} prefix when
     * what remains is 11 digits.
     */
    public static String normalise(String raw) {
        String compact = DECORATION.matcher(raw).replaceAll("");
        for (String prefix : COUNTRY_PREFIXES) {
            if (compact.startsWith(prefix)) {
                String rest = compact.substring(prefix.length());
                if (rest.length() == 11 && rest.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return rest;
                }
            }
        }
        return compact;
    }

    /** Why a normalised number is not a mainland mobile number, or empty when it is one. */
    public static Optional<String> rejectionReason(String normalised) {
        if (normalised.isEmpty()) {
            return Optional.of("is empty");
        }
        if (MAINLAND_MOBILE.matcher(normalised).matches()) {
            return Optional.empty();
        }
        if (!normalised.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("contains characters other than digits, spaces, dashes, parentheses and a +86 prefix");
        }
        if (normalised.length() != 11) {
            return Optional.of("has " + normalised.length() + " digits, a mainland mobile number has 11");
        }
        return Optional.of("is not a mainland mobile number (must start with 13-19)");
    }

}
