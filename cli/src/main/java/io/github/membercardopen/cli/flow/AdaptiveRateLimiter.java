package io.github.membercardopen.cli.flow;

import java.time.Duration;

/**
 * Paces calls to at most the current rate, and adapts that rate to what the server accepts. Thread-safe.
 *
 * <p>Outcomes are judged per window (at least a second and {@value #MIN_CALLS_PER_WINDOW} calls, or as soon
 * as a quarter of {@value #MIN_CALLS_PER_WINDOW} or more calls were throttled). When a
 * window's share of 429s rises above what the server throttles anyway, the rate drops to the rate the
 * server actually accepted in that window (less 3%): a server capped at Q calls/s reveals Q in one window,
 * instead of the slow saw-tooth of halving and creeping back. The next window checks a decrease made for a
 * light share of 429s: if the share did not at least halve, the throttling is not about our rate (a server
 * that throttles a share of all calls at any rate), so the rate is restored and that share is ignored from
 * then on. Without 429s the
 * rate climbs by {@value #PROBE_SHARE_PER_WINDOW} of the cap per window (an idle spell is one window, not
 * many), but stays under a learned capacity
 * for {@link #HOLD_BELOW_CAPACITY} before probing above it again.
 */
public final class AdaptiveRateLimiter {
    public static final double DEFAULT_MIN_RATE = 0.5;

    static final int MIN_CALLS_PER_WINDOW = 20;
    static final Duration MIN_WINDOW = Duration.ofSeconds(1);
    static final Duration MAX_WINDOW = Duration.ofSeconds(10);
    static final Duration HOLD_BELOW_CAPACITY = Duration.ofSeconds(30);
    static final double PROBE_SHARE_PER_WINDOW = 0.02;
    private static final double BELOW_CAPACITY = 0.97;
    /** A window counts as throttled when its 429 share exceeds the ignored share by this much. */
    private static final double THROTTLED_MARGIN = 0.01;
    /** A decrease "helped" when the 429 share fell below this part of what it was. */
    private static final double HELPED = 0.5;
    private static final double NANOS_PER_SECOND = 1e9;
    private static final int HEAVY_THROTTLING = 4;
    private static final long MIN_MEASURABLE_NANOS = 1_000_000;

    private final double maxRate;
    private final double minRate;
    private final MonotonicClock clock;
    private double rate;
    private long nextPermitNanos;

    private long windowStart;
    private int windowSuccesses;
    private int windowThrottled;
    private double ignoredThrottledShare;
    private double rateBeforeDecrease;
    private double shareBeforeDecrease;
    private double capacity = Double.POSITIVE_INFINITY;
    private long capacityLearnedAt;

    /** A limiter capped at {@code maxRate} calls per second. */
    public AdaptiveRateLimiter(double maxRate) {
        this(maxRate, Math.min(DEFAULT_MIN_RATE, maxRate), MonotonicClock.SYSTEM);
    }

    /**
     * @param maxRate the cap, calls per second
     * @param minRate the floor throttling never goes below, calls per second
     */
    public AdaptiveRateLimiter(double maxRate, double minRate, MonotonicClock clock) {
        if (!(minRate > 0 && minRate <= maxRate)) {
            throw new IllegalArgumentException("need 0 < minRate <= maxRate, got " + minRate + " and " + maxRate);
        }
        this.maxRate = maxRate;
        this.minRate = minRate;
        this.clock = clock;
        this.rate = maxRate;
        this.nextPermitNanos = clock.nanoTime();
        this.windowStart = nextPermitNanos;
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

    /** The server said slow down (429). */
    public synchronized void onThrottled() {
        windowThrottled++;
        closeWindowIfDue();
    }

    /** A call went through without throttling. */
    public synchronized void onSuccess() {
        windowSuccesses++;
        closeWindowIfDue();
    }

    /** Calls per second currently allowed. */
    public synchronized double currentRate() {
        return rate;
    }

    private void closeWindowIfDue() {
        long now = clock.nanoTime();
        long length = now - windowStart;
        int calls = windowSuccesses + windowThrottled;
        // a quarter of the calls throttled is no noise: react at once rather than after a full second of 429s
        boolean heavilyThrottled = calls >= MIN_CALLS_PER_WINDOW && windowThrottled * HEAVY_THROTTLING > calls;
        if (!heavilyThrottled && (length < MIN_WINDOW.toNanos()
                || (calls < MIN_CALLS_PER_WINDOW && length < MAX_WINDOW.toNanos()))) {
            return;
        }
        double seconds = Math.max(length, MIN_MEASURABLE_NANOS) / NANOS_PER_SECOND;
        double share = (double) windowThrottled / calls;
        if (rateBeforeDecrease > 0) {
            judgeLastDecrease(share);
        } else if (share > ignoredThrottledShare + THROTTLED_MARGIN) {
            decreaseToAccepted(share, windowSuccesses / seconds, now);
        } else {
            probe(now);
        }
        windowStart = now;
        windowSuccesses = 0;
        windowThrottled = 0;
    }

    private void judgeLastDecrease(double share) {
        // a heavy share is always about our rate (and a burst allowance can make the first estimate too high)
        boolean couldBeNoise = shareBeforeDecrease * HEAVY_THROTTLING < 1;
        if (couldBeNoise && share > 0 && share >= HELPED * shareBeforeDecrease) {
            // slowing down did not reduce the 429s: they are not about our rate
            ignoredThrottledShare = Math.max(ignoredThrottledShare, shareBeforeDecrease);
            rate = rateBeforeDecrease;
            capacity = Double.POSITIVE_INFINITY;
        }
        rateBeforeDecrease = 0;
    }

    private void decreaseToAccepted(double share, double acceptedRate, long now) {
        rateBeforeDecrease = rate;
        shareBeforeDecrease = share;
        capacity = acceptedRate;
        capacityLearnedAt = now;
        rate = clamp(Math.min(rate, acceptedRate) * BELOW_CAPACITY);
    }

    private void probe(long now) {
        double raised = rate + maxRate * PROBE_SHARE_PER_WINDOW;
        if (now - capacityLearnedAt < HOLD_BELOW_CAPACITY.toNanos()) {
            raised = Math.min(raised, Math.max(rate, capacity * BELOW_CAPACITY));
        }
        rate = clamp(raised);
    }

    private double clamp(double candidate) {
        return Math.max(minRate, Math.min(maxRate, candidate));
    }
}
