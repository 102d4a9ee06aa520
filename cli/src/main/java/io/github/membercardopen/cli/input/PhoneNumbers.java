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

    /**
     * Masks a number for display: {@code 13800138000} becomes {@code 138****8000}; anything else keeps at
     * most its first and last character. Never returns the input unchanged, except for the empty string.
     */
    public static String mask(String phone) {
        if (phone == null || phone.isEmpty()) {
            return "";
        }
        if (phone.length() == 11) {
            return phone.substring(0, 3) + "****" + phone.substring(7);
        }
        if (phone.length() <= 4) {
            return "*".repeat(phone.length());
        }
        return phone.charAt(0) + "*".repeat(phone.length() - 2) + phone.charAt(phone.length() - 1);
    }
}
