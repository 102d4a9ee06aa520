package io.github.membercardopen.auth.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The signature headers of one response, read through a header lookup so any HTTP library fits. */
public final class ResponseSignature {
    public static final String TIMESTAMP = "Wechatpay-Timestamp";
    public static final String NONCE = "Wechatpay-Nonce";
    public static final String SIGNATURE = "Wechatpay-Signature";
    public static final String SERIAL = "Wechatpay-Serial";
    public static final String REQUEST_ID = "Request-ID";

    private final String timestamp;
    private final String nonce;
    private final String signature;
    private final String serial;
    private final String requestId;

    public ResponseSignature(String timestamp, String nonce, String signature, String serial, String requestId) {
        this.timestamp = timestamp;
        this.nonce = nonce;
        this.signature = signature;
        this.serial = serial;
        this.requestId = requestId;
    }

    /** Reads the headers with {@code header}, which returns {@code null} for an absent header. */
    public static ResponseSignature fromHeaders(UnaryOperator<String> header) {
        return new ResponseSignature(header.apply(TIMESTAMP), header.apply(NONCE), header.apply(SIGNATURE),
                header.apply(SERIAL), header.apply(REQUEST_ID));
    }

    /** Whether any signature header is present at all (error answers are often unsigned). */
    public boolean isPresent() {
        return timestamp != null || nonce != null || signature != null || serial != null;
    }

    /** The names of absent or empty signature headers, or {@code null} when all four are there. */
    String missingHeaders() {
        List<String> missing = new ArrayList<>();
        addIfEmpty(missing, TIMESTAMP, timestamp);
        addIfEmpty(missing, NONCE, nonce);
        addIfEmpty(missing, SIGNATURE, signature);
        addIfEmpty(missing, SERIAL, serial);
        return missing.isEmpty() ? null : String.join(", ", missing);
    }

    private static void addIfEmpty(List<String> missing, String name, String value) {
        if (value == null || value.isEmpty()) {
            missing.add(name);
        }
    }

    public String timestamp() {
        return timestamp;
    }

    public String nonce() {
        return nonce;
    }

    public String signature() {
        return signature;
    }

    public String serial() {
        return serial;
    }

    public String requestId() {
        return requestId;
    }
}
