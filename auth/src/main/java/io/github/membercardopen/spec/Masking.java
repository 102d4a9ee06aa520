package io.github.membercardopen.spec;

/** The one place personal data is masked for logs, {@code toString()} and reports. */
public final class Masking {
    private Masking() {
    }

    /**
     * {@code 13800138000} becomes {@code 138****8000}; anything shorter than 11 characters keeps at most
     * its first character. {@code null} stays {@code null}.
     */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        int length = phone.length();
        if (length >= 11) {
            return phone.substring(0, 3) + "****" + phone.substring(length - 4);
        }
        return length == 0 ? "" : phone.charAt(0) + "****";
    }

    /** For fields whose content must never be shown, such as ciphertext or secrets. */
    public static String secret(String value) {
        return value == null ? null : "****(" + value.length() + " chars)";
    }
}
