package io.github.membercardopen.spec;

/** The one place personal data is masked for logs, {@code toString()} and reports. */
public final class Masking {
    private Masking() {
    }

    /**
     * {@code 13800138000} becomes {@code 138****8000}; any other length keeps at most its first and last
     * character, and four or fewer characters are all masked. {@code null} stays {@code null}.
     */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        int length = phone.length();
        if (length == 11) {
            return phone.substring(0, 3) + "****" + phone.substring(7);
        }
        if (length <= 4) {
            return stars(length);
        }
        return phone.charAt(0) + stars(length - 2) + phone.charAt(length - 1);
    }

    private static String stars(int count) {
        StringBuilder stars = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            stars.append('*');
        }
        return stars.toString();
    }
}
