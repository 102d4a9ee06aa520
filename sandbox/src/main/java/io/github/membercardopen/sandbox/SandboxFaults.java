package io.github.membercardopen.sandbox;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Faults the sandbox injects into import requests, changeable at any time from any thread, and how many
 * of each it injected. Shares are probabilities in [0, 1] drawn from a seedable {@link Random}.
 * <ul>
 *   <li>before processing: 429 when over the QPS cap ({@code RATELIMIT_EXCEEDED}) or by share
 *       ({@code FREQUENCY_LIMITED}), then 500 {@code SYSTEM_ERROR} by share, then added latency;</li>
 *   <li>after processing: the connection closed without an answer (the import did happen), or a 200
 *       answer with a wrong or {@code WECHATPAY/SIGNTEST/} signature.</li>
 * </ul>
 * {@code GET /v3/certificates} is never faulted, so clients can always bootstrap.
 */
public final class SandboxFaults {
    private volatile double failRate;
    private volatile TokenBucket rateLimit;
    private volatile double rateLimitRate;
    private volatile long minLatencyMillis;
    private volatile long maxLatencyMillis;
    private volatile double dropRate;
    private volatile double badSignatureRate;
    private volatile double probeSignatureRate;
    private volatile Random random;

    private final AtomicLong systemErrors = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong delayed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong badSignatures = new AtomicLong();
    private final AtomicLong probeSignatures = new AtomicLong();

    SandboxFaults(long seed) {
        this.random = new Random(seed);
    }

    /** Share of requests answered 500 {@code SYSTEM_ERROR} without being processed. */
    public SandboxFaults failRate(double share) {
        this.failRate = share(share);
        return this;
    }

    /** At most {@code qps} requests per second get through; the rest get 429. 0 turns the cap off. */
    public SandboxFaults rateLimitQps(double qps) {
        if (qps < 0) {
            throw new IllegalArgumentException("QPS cap must not be negative");
        }
        this.rateLimit = qps == 0 ? null : new TokenBucket(qps);
        return this;
    }

    /** Share of requests answered 429 {@code FREQUENCY_LIMITED} regardless of rate. */
    public SandboxFaults rateLimitRate(double share) {
        this.rateLimitRate = share(share);
        return this;
    }

    /** A fixed added latency per request. */
    public SandboxFaults latency(Duration latency) {
        return latency(latency, latency);
    }

    /** An added latency drawn uniformly from {@code [min, max]} per request. */
    public SandboxFaults latency(Duration min, Duration max) {
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("latency range must satisfy 0 <= min <= max");
        }
        this.minLatencyMillis = min.toMillis();
        this.maxLatencyMillis = max.toMillis();
        return this;
    }

    /** Share of requests processed and then left unanswered (connection closed). */
    public SandboxFaults dropRate(double share) {
        this.dropRate = share(share);
        return this;
    }

    /** Share of 200 answers sent with a signature that does not verify. */
    public SandboxFaults badSignatureRate(double share) {
        this.badSignatureRate = share(share);
        return this;
    }

    /** Share of 200 answers sent with a {@code WECHATPAY/SIGNTEST/} probe signature, as WeChat Pay does. */
    public SandboxFaults probeSignatureRate(double share) {
        this.probeSignatureRate = share(share);
        return this;
    }

    /** Restarts the random draws from {@code seed}, for reproducible runs. */
    public SandboxFaults seed(long seed) {
        this.random = new Random(seed);
        return this;
    }

    /** Turns every fault off; the counts are kept. */
    public SandboxFaults clear() {
        failRate = 0;
        rateLimit = null;
        rateLimitRate = 0;
        minLatencyMillis = 0;
        maxLatencyMillis = 0;
        dropRate = 0;
        badSignatureRate = 0;
        probeSignatureRate = 0;
        return this;
    }

    /** Sets every count back to zero. */
    public SandboxFaults resetCounts() {
        for (AtomicLong counter : new AtomicLong[] {systemErrors, rateLimited, delayed, dropped, badSignatures,
                probeSignatures}) {
            counter.set(0);
        }
        return this;
    }

    public FaultCounts counts() {
        return new FaultCounts(systemErrors.get(), rateLimited.get(), delayed.get(), dropped.get(),
                badSignatures.get(), probeSignatures.get());
    }

    private static double share(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("a share must be between 0 and 1, got " + share);
        }
        return share;
    }

    // The decisions, made by the server; each counts what it injects.

    /** A 429 or 500 to answer instead of processing, or {@code null}. */
    ApiError rejectBeforeProcessing() {
        TokenBucket bucket = rateLimit;
        if (bucket != null && !bucket.tryTake()) {
            rateLimited.incrementAndGet();
            return new ApiError(429, "RATELIMIT_EXCEEDED", "请求超过频率限制，请稍后重试", null);
        }
        if (draw(rateLimitRate)) {
            rateLimited.incrementAndGet();
            return new ApiError(429, "FREQUENCY_LIMITED", "频率超限，请降低请求频率", null);
        }
        if (draw(failRate)) {
            systemErrors.incrementAndGet();
            return new ApiError(500, "SYSTEM_ERROR", "系统错误，请稍后重试", null);
        }
        return null;
    }

    /** Sleeps for the configured latency, if any. */
    void delay() throws InterruptedException {
        long min = minLatencyMillis;
        long max = maxLatencyMillis;
        if (max > 0) {
            delayed.incrementAndGet();
            Thread.sleep(min + (max > min ? (long) (random.nextDouble() * (max - min + 1)) : 0));
        }
    }

    boolean dropAfterProcessing() {
        if (draw(dropRate)) {
            dropped.incrementAndGet();
            return true;
        }
        return false;
    }

    /** How to sign a 200 answer. */
    ResponseSigner.Mode signatureMode() {
        if (draw(probeSignatureRate)) {
            probeSignatures.incrementAndGet();
            return ResponseSigner.Mode.PROBE;
        }
        if (draw(badSignatureRate)) {
            badSignatures.incrementAndGet();
            return ResponseSigner.Mode.WRONG;
        }
        return ResponseSigner.Mode.VALID;
    }

    private boolean draw(double share) {
        return share > 0 && random.nextDouble() < share;
    }
}
