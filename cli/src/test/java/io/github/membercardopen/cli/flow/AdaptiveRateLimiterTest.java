package io.github.membercardopen.cli.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdaptiveRateLimiterTest {

    private final FakeClock clock = new FakeClock();
    private final AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(100, 0.5, clock);

    /** One window's outcomes, then the call that arrives a second later and closes the window. */
    private void window(int successes, int throttled) {
        for (int i = 0; i < successes; i++) {
            limiter.onSuccess();
        }
        for (int i = 0; i < throttled; i++) {
            limiter.onThrottled();
        }
        clock.advanceMillis(1_000);
        limiter.onSuccess();
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
    void dropsJustBelowTheRateACappedServerAccepted() {
        window(49, 50);
        assertEquals(50 * 0.97, limiter.currentRate(), 0.01);
    }

    @Test
    void keepsTheDecreaseWhenItStopsTheThrottling() {
        window(49, 50);
        window(48, 0);
        assertEquals(50 * 0.97, limiter.currentRate(), 0.01);
    }

    @Test
    void restoresTheRateWhenSlowingDownDoesNotReduceThrottlingAndIgnoresThatShareAfterwards() {
        window(94, 5);
        assertTrue(limiter.currentRate() < 100);
        window(94, 5);
        assertEquals(100, limiter.currentRate(), "a server that throttles a share of every rate gains nothing from slowing");
        window(94, 5);
        assertEquals(100, limiter.currentRate());
    }

    @Test
    void holdsBelowALearnedCapacityBeforeProbingAboveIt() {
        window(49, 50);
        window(48, 0);
        double held = limiter.currentRate();
        for (int second = 0; second < 25; second++) {
            window(48, 0);
        }
        assertEquals(held, limiter.currentRate(), 0.01, "no probing while the capacity is fresh");
        for (int second = 0; second < 10; second++) {
            window(48, 0);
        }
        assertTrue(limiter.currentRate() > held, "then it probes again");
    }

    @Test
    void climbsByTwoPercentOfTheCapPerQuietWindowEvenAfterAnIdleSpell() {
        window(49, 50);
        window(48, 0);
        clock.advanceMillis(AdaptiveRateLimiter.HOLD_BELOW_CAPACITY.toMillis());
        double before = limiter.currentRate();
        limiter.onSuccess(); // closes the idle spell: one quiet window, however long
        assertEquals(before + 2, limiter.currentRate(), 0.01);
        window(48, 0);
        assertEquals(before + 4, limiter.currentRate(), 0.01);
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
