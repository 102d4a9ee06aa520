package io.github.membercardopen.cli.flow;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential backoff with full jitter: before retry {@code n} wait a uniformly random time in
 * [0, min(cap, base * 2^(n-1))], so clients that failed together do not retry together.
 */
public final class RetryBackoff {

    public static final Duration DEFAULT_BASE = Duration.ofMillis(200);
    public static final Duration DEFAULT_CAP = Duration.ofSeconds(30);

    private final long baseMillis;
    private final long capMillis;
    private final Random random;

    public RetryBackoff() {
        this(DEFAULT_BASE, DEFAULT_CAP, new Random());
    }

    public RetryBackoff(Duration base, Duration cap, Random random) {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 < base <= cap, got " + base + " and " + cap);
        }
        this.baseMillis = base.toMillis();
        this.capMillis = cap.toMillis();
        this.random = random;
    }

    /** @param retry 1 for the first retry, 2 for the second... */
    public Duration delayBefore(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry counts from 1, got " + retry);
        }
        return Duration.ofMillis((long) (random.nextDouble() * (ceilingMillis(retry) + 1)));
    }

    /** The largest delay {@link #delayBefore} can return for this retry. */
    public Duration ceiling(int retry) {
        return Duration.ofMillis(ceilingMillis(retry));
    }

    private long ceilingMillis(int retry) {
        int doublings = retry - 1;
        // past this many doublings the product exceeds any sensible cap (and would overflow)
        if (doublings >= Long.numberOfLeadingZeros(baseMillis) - 1) {
            return capMillis;
        }
        return Math.min(capMillis, baseMillis << doublings);
    }
}
