package io.github.membercardopen.cli.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdaptiveRateLimiterTest {

    private final FakeClock clock = new FakeClock();
    private final AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(100, 0.5, clock);

    /** Calls as fast as the limiter lets them through, for {@code seconds}, against {@code server}. */
    private Outcomes run(Server server, double seconds) throws InterruptedException {
        Outcomes outcomes = new Outcomes();
        long end = clock.nanoTime() + (long) (seconds * 1e9);
        while (clock.nanoTime() < end) {
            limiter.acquire();
            if (server.accepts(clock.nanoTime())) {
                outcomes.accepted++;
                limiter.onSuccess();
            } else {
                outcomes.throttled++;
                limiter.onThrottled();
            }
        }
        return outcomes;
    }

    private interface Server {
        boolean accepts(long nanos);
    }

    private static final class Outcomes {
        long accepted;
        long throttled;

        double throttledShare() {
            return (double) throttled / (accepted + throttled);
        }
    }

    /** A server that accepts {@code cap} calls a second, with a tenth of a second of burst. */
    private static Server capped(double cap) {
        return new Server() {
            private double tokens = cap / 10;
            private long last = -1;

            @Override
            public boolean accepts(long nanos) {
                tokens = Math.min(cap / 10, tokens + (last < 0 ? 0 : (nanos - last) / 1e9 * cap));
                last = nanos;
                if (tokens >= 1) {
                    tokens--;
                    return true;
                }
                return false;
            }
        };
    }

    @Test
    void pacesCallsAtTheCapWithoutAnInitialWait() throws InterruptedException {
        AdaptiveRateLimiter ten = new AdaptiveRateLimiter(10, 0.5, clock);
        for (int i = 0; i < 4; i++) {
            ten.acquire();
        }
        assertEquals(List.of(100_000_000L, 100_000_000L, 100_000_000L), clock.sleeps);
    }

    @Test
    void doesNotBankPermitsWhileIdle() throws InterruptedException {
        AdaptiveRateLimiter ten = new AdaptiveRateLimiter(10, 0.5, clock);
        ten.acquire();
        clock.advanceMillis(10_000);
        ten.acquire();
        ten.acquire();
        assertEquals(List.of(100_000_000L), clock.sleeps);
    }

    @Test
    void settlesJustBelowACappedServersRateWithFewThrottledCalls() throws InterruptedException {
        Outcomes outcomes = run(capped(50), 60);

        assertTrue(limiter.currentRate() > 45 && limiter.currentRate() <= 50, "rate " + limiter.currentRate());
        assertTrue(outcomes.accepted > 0.9 * 50 * 60, "accepted " + outcomes.accepted);
        assertTrue(outcomes.throttledShare() < 0.01, "429 share " + outcomes.throttledShare());
    }

    @Test
    void findsTheCapWithinASecond() throws InterruptedException {
        Outcomes firstSecond = run(capped(50), 1);

        assertTrue(firstSecond.throttled < 25, "429s before it slowed down: " + firstSecond.throttled);
        assertTrue(limiter.currentRate() <= 50, "rate " + limiter.currentRate());
    }

    @Test
    void aServerThrottlingAShareOfEveryRateDoesNotSlowItDown() throws InterruptedException {
        int[] call = {0};
        run(nanos -> ++call[0] % 20 != 0, 30);

        assertTrue(limiter.currentRate() >= 95, "rate " + limiter.currentRate());
    }

    @Test
    void probesAboveALearnedCapacityOnceItHasHeldBelowIt() throws InterruptedException {
        run(capped(50), 10);
        double held = limiter.currentRate();

        run(capped(80), AdaptiveRateLimiter.HOLD_BELOW_CAPACITY.toSeconds() + 30);

        assertTrue(held <= 50 && limiter.currentRate() > 60, held + " then " + limiter.currentRate());
    }

    @Test
    void waitsForEnoughCallsBeforeJudging() {
        limiter.onThrottled();
        clock.advanceMillis(1_000);
        limiter.onThrottled();
        assertEquals(100, limiter.currentRate(), "two calls say nothing yet");
        clock.advanceMillis(AdaptiveRateLimiter.MAX_WINDOW.toMillis());
        limiter.onThrottled();
        assertEquals(0.5, limiter.currentRate(), "but a long window does; nothing was accepted, so the floor");
    }

    @Test
    void acquireIsInterruptible() {
        AdaptiveRateLimiter real = new AdaptiveRateLimiter(0.5);
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedException.class, () -> {
                real.acquire();
                real.acquire();
            });
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void rejectsAFloorAboveTheCap() {
        assertThrows(IllegalArgumentException.class, () -> new AdaptiveRateLimiter(1, 2, clock));
        assertEquals(0.2, new AdaptiveRateLimiter(0.2).currentRate());
    }
}
