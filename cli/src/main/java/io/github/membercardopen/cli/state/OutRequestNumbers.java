package io.github.membercardopen.cli.state;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Derives the deterministic {@code out_request_no} for a member: the same (merchant, card, phone) always
 * gives the same value, so a re-run or retry is idempotent at WeChat Pay. It is a keyed HMAC rather than a
 * plain hash because mobile numbers are few enough (about 10^10) to brute-force a plain hash back to the
 * phone. The same value serves as the member key the state database deduplicates on.
 */
public final class OutRequestNumbers {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_SECRET_BYTES = 16;
    /** 16 bytes of the MAC, hex-encoded: 32 characters, within the API's 32-character limit. */
    private static final int TRUNCATED_BYTES = 16;

    private final SecretKeySpec key;

    /** @param secret at least 16 bytes, kept private to the merchant (for example derived from its private key) */
    public OutRequestNumbers(byte[] secret) {
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the secret must be at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    /**
     * @param phone the normalised 11-digit number
     * @return 32 lowercase hex characters
     */
    public String derive(String merchantId, String cardId, String phone) {
        byte[] message = (merchantId + "|" + cardId + "|" + phone).getBytes(StandardCharsets.UTF_8);
        byte[] mac = newMac().doFinal(message);
        return HexFormat.of().formatHex(mac, 0, TRUNCATED_BYTES);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is required by every Java runtime", e);
        }
    }
}
