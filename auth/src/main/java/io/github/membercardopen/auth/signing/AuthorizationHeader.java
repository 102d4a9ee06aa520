package io.github.membercardopen.auth.signing;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code Authorization} header of {@code WECHATPAY2-SHA256-RSA2048}, formatted and parsed. */
public final class AuthorizationHeader {
    public static final String SCHEME = "WECHATPAY2-SHA256-RSA2048";

    private final String mchid;
    private final String nonce;
    private final String timestamp;
    private final String serialNo;
    private final String signature;

    public AuthorizationHeader(String mchid, String nonce, String timestamp, String serialNo, String signature) {
        this.mchid = mchid;
        this.nonce = nonce;
        this.timestamp = timestamp;
        this.serialNo = serialNo;
        this.signature = signature;
    }

    public String format() {
        return SCHEME + " mchid=\"" + mchid + "\",nonce_str=\"" + nonce + "\",timestamp=\"" + timestamp
                + "\",serial_no=\"" + serialNo + "\",signature=\"" + signature + "\"";
    }

    /**
     * Parses a header value; pair order is free. Throws {@link IllegalArgumentException} naming what is
     * wrong when the scheme or a pair is missing or malformed.
     */
    public static AuthorizationHeader parse(String value) {
        if (value == null || !value.startsWith(SCHEME + " ")) {
            throw new IllegalArgumentException("Authorization must start with '" + SCHEME + " '");
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : value.substring(SCHEME.length() + 1).split(",", -1)) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || pair.length() < eq + 3 || pair.charAt(eq + 1) != '"' || !pair.endsWith("\"")) {
                throw new IllegalArgumentException("Authorization has a malformed pair (expected key=\"value\")");
            }
            if (pairs.put(pair.substring(0, eq).trim(), pair.substring(eq + 2, pair.length() - 1)) != null) {
                throw new IllegalArgumentException("Authorization repeats " + pair.substring(0, eq).trim());
            }
        }
        return new AuthorizationHeader(required(pairs, "mchid"), required(pairs, "nonce_str"),
                required(pairs, "timestamp"), required(pairs, "serial_no"), required(pairs, "signature"));
    }

    private static String required(Map<String, String> pairs, String key) {
        String value = pairs.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("Authorization lacks " + key);
        }
        return value;
    }

    public String mchid() {
        return mchid;
    }

    public String nonce() {
        return nonce;
    }

    public String timestamp() {
        return timestamp;
    }

    public String serialNo() {
        return serialNo;
    }

    public String signature() {
        return signature;
    }
}
