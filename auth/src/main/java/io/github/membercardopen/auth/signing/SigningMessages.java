package io.github.membercardopen.auth.signing;

/** The exact strings APIv3 signs: every line, the last included, ends with {@code \n}. */
public final class SigningMessages {
    private SigningMessages() {
    }

    /**
     * {@code METHOD\nPATH[?QUERY]\nTIMESTAMP\nNONCE\nBODY\n}; {@code canonicalUrl} is the raw path plus
     * {@code ?query} exactly as sent, {@code body} the exact text sent (empty for GET).
     */
    public static String request(String method, String canonicalUrl, long timestamp, String nonce, String body) {
        return method + '\n' + canonicalUrl + '\n' + timestamp + '\n' + nonce + '\n' + body + '\n';
    }

    /** {@code TIMESTAMP\nNONCE\nBODY\n}, the message of a response signature. */
    public static String response(String timestamp, String nonce, String body) {
        return timestamp + '\n' + nonce + '\n' + body + '\n';
    }
}
