package io.github.membercardopen.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings of a standalone sandbox, filled from command-line flags by {@link SandboxArguments} or by
 * another front end (the CLI's picocli options). Plain data: {@link StandaloneSandbox#start} acts on it.
 */
public final class SandboxOptions {
    public String host = "127.0.0.1";
    public int port;
    public String merchantId = "1900000001";
    /** The merchant's {@code apiclient_cert.pem}; with no key files at all, keys are generated. */
    public Path merchantCertificate;
    public Path wechatpayPrivateKey;
    public String wechatpayPublicKeyId;
    public Path platformCertificate;
    public Path platformPrivateKey;
    public String apiV3Key;
    /** Where generated keys are written; a new temporary directory when {@code null}. */
    public Path keysDirectory;
    /** {@code id} or {@code id:MODE}; empty means the three default cards. */
    public final List<String> cards = new ArrayList<>();
    public double failRate;
    public double rateLimitQps;
    public double rateLimitRate;
    public Duration minLatency = Duration.ZERO;
    public Duration maxLatency = Duration.ZERO;
    public double dropRate;
    public double badSignatureRate;
    public double probeSignatureRate;
    public Long seed;

    /** Whether any key material was given; without any, keys are generated. */
    boolean hasKeyFiles() {
        return merchantCertificate != null || wechatpayPrivateKey != null || platformCertificate != null
                || platformPrivateKey != null;
    }

    /** Parses {@code 50} (fixed) or {@code 10-200} (uniform range), in milliseconds. */
    public void latency(String millis) {
        String[] range = millis.split("-", -1);
        if (range.length > 2) {
            throw new IllegalArgumentException("latency must be MS or MIN-MAX in milliseconds, got " + millis);
        }
        minLatency = Duration.ofMillis(Long.parseLong(range[0].trim()));
        maxLatency = range.length == 2 ? Duration.ofMillis(Long.parseLong(range[1].trim())) : minLatency;
    }

    /** Parses {@code id} (SYSTEM_ALLOCATE) or {@code id:MODE}. */
    static String cardId(String card) {
        int colon = card.lastIndexOf(':');
        return colon < 0 ? card : card.substring(0, colon);
    }

    static CodeMode cardMode(String card) {
        int colon = card.lastIndexOf(':');
        if (colon < 0) {
            return CodeMode.SYSTEM_ALLOCATE;
        }
        try {
            return CodeMode.valueOf(card.substring(colon + 1).trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("card " + card + ": mode must be one of SYSTEM_ALLOCATE, REAL_TIME, "
                    + "MERCHANT_DEPOSIT");
        }
    }
}
