package io.github.membercardopen.cli.flow;

import java.time.Duration;

/**
 * Paces calls to at most the current rate, which adapts AIMD-style: each throttling signal multiplies it
 * down (at most once per cool-down, since every call in flight at that moment reports the same 429), each
 * success adds a little back, never above the configured cap nor below the floor. Thread-safe.
 */
public final class AdaptiveRateLimiter {

    public static final double DEFAULT_MIN_RATE = 0.5;
    public static final double DEFAULT_DECREASE_FACTOR = 0.7;
    /**
     * Successes it takes to climb from the floor back to the cap. A fixed step per success (say 0.1/s) makes
     * recovery from a high cap take thousands of calls, and with a steady trickle of 429s the rate then
     * settles near the floor: a soak with 5% random 429s ran at 4 calls/s under a cap of 160.
     */
    public static final int DEFAULT_SUCCESSES_TO_RECOVER = 50;
    public static final Duration DEFAULT_DECREASE_COOLDOWN = Duration.ofSeconds(1);

    private static final double NANOS_PER_SECOND = 1e9;

    private final double maxRate;
    private final double minRate;
    private final double decreaseFactor;
    private final double increasePerSuccess;
    private final long decreaseCooldownNanos;
    private final MonotonicClock clock;
    private double rate;
    private long nextPermitNanos;
    private long lastDecreaseNanos;

    /** A limiter capped at {@code maxRate} calls per second with the default adaptation. */
    public AdaptiveRateLimiter(double maxRate) {
        this(maxRate, Math.min(DEFAULT_MIN_RATE, maxRate), DEFAULT_DECREASE_FACTOR,
                maxRate / DEFAULT_SUCCESSES_TO_RECOVER, DEFAULT_DECREASE_COOLDOWN, MonotonicClock.SYSTEM);
    }

    /**
     * @param maxRate            the cap, calls per second
     * @param minRate            the floor throttling never goes below, calls per second
     * @param decreaseFactor     multiplier applied on throttling, in (0, 1)
     * @param increasePerSuccess calls per second added back per success
     * @param decreaseCooldown   throttling signals within this time of a decrease are ignored
     */
    public AdaptiveRateLimiter(double maxRate, double minRate, double decreaseFactor, double increasePerSuccess,
            Duration decreaseCooldown, MonotonicClock clock) {
        if (!(minRate > 0 && minRate <= maxRate)) {
            throw new IllegalArgumentException("need 0 < minRate <= maxRate, got " + minRate + " and " + maxRate);
        }
        if (!(decreaseFactor > 0 && decreaseFactor < 1)) {
            throw new IllegalArgumentException("decreaseFactor must be in (0, 1), got " + decreaseFactor);
        }
        this.maxRate = maxRate;
        this.minRate = minRate;
        this.decreaseFactor = decreaseFactor;
        this.increasePerSuccess = increasePerSuccess;
        this.decreaseCooldownNanos = decreaseCooldown.toNanos();
        this.clock = clock;
        this.rate = maxRate;
        long now = clock.nanoTime();
        this.nextPermitNanos = now;
        this.lastDecreaseNanos = now - decreaseCooldownNanos;
    }

    /** Blocks until the caller may make one call. */
    public void acquire() throws InterruptedException {
        long waitNanos;
        synchronized (this) {
            long now = clock.nanoTime();
            long permitAt = now - nextPermitNanos > 0 ? now : nextPermitNanos;
            nextPermitNanos = permitAt + (long) (NANOS_PER_SECOND / rate);
            waitNanos = permitAt - now;
        }
        if (waitNanos > 0) {
            clock.sleepNanos(waitNanos);
        }
    }

    /** The server said slow down (429 / FREQUENCY_LIMITED). */
    public synchronized void onThrottled() {
        long now = clock.nanoTime();
        if (now - lastDecreaseNanos >= decreaseCooldownNanos) {
            rate = Math.max(minRate, rate * decreaseFactor);
            lastDecreaseNanos = now;
        }
    }

    /** A call went through without throttling. */
    public synchronized void onSuccess() {
        rate = Math.min(maxRate, rate + increasePerSuccess);
    }

    /** Calls per second currently allowed. */
    public synchronized double currentRate() {
        return rate;
    }
}
