package io.github.membercardopen.sandbox;

/** A QPS cap: holds up to one second of tokens, refilled continuously. Uses the monotonic clock. */
final class TokenBucket {
    private final double perSecond;
    private double tokens;
    private long lastNanos;

    TokenBucket(double perSecond) {
        this.perSecond = perSecond;
        this.tokens = Math.max(1, perSecond);
        this.lastNanos = System.nanoTime();
    }

    synchronized boolean tryTake() {
        long now = System.nanoTime();
        tokens = Math.min(Math.max(1, perSecond), tokens + (now - lastNanos) / 1e9 * perSecond);
        lastNanos = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
