package io.github.membercardopen.cli.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdaptiveRateLimiterTest {

    private final FakeClock clock = new FakeClock();
    private final AdaptiveRateLimiter limiter =
            new AdaptiveRateLimiter(10, 0.5, 0.5, 1, Duration.ofSeconds(1), clock);

    @Test
    void pacesCallsAtTheCapWithoutAnInitialWait() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            limiter.acquire();
        }
        assertEquals(List.of(100_000_000L, 100_000_000L, 100_000_000L), clock.sleeps);
    }

    @Test
    void doesNotBankPermitsWhileIdle() throws InterruptedException {
        limiter.acquire();
        clock.advanceMillis(10_000);
        limiter.acquire();
        limiter.acquire();
        assertEquals(List.of(100_000_000L), clock.sleeps);
    }

    @Test
    void halvesTheRateOnThrottlingAndPacesSlower() throws InterruptedException {
        limiter.onThrottled();
        assertEquals(5.0, limiter.currentRate());

        limiter.acquire();
        limiter.acquire();
        assertEquals(List.of(200_000_000L), clock.sleeps);
    }

    @Test
    void decreasesOnceForABurstOfThrottlingSignalsWithinTheCooldown() {
        limiter.onThrottled();
        limiter.onThrottled();
        limiter.onThrottled();
        assertEquals(5.0, limiter.currentRate());

        clock.advanceMillis(1_000);
        limiter.onThrottled();
        assertEquals(2.5, limiter.currentRate());
    }

    @Test
    void neverDropsBelowTheFloor() {
        for (int i = 0; i < 20; i++) {
            limiter.onThrottled();
            clock.advanceMillis(1_000);
        }
        assertEquals(0.5, limiter.currentRate());
    }

    @Test
    void recoversAdditivelyOnSuccessUpToTheCapOnly() {
        limiter.onThrottled();
        limiter.onSuccess();
        limiter.onSuccess();
        assertEquals(7.0, limiter.currentRate());

        for (int i = 0; i < 10; i++) {
            limiter.onSuccess();
        }
        assertEquals(10.0, limiter.currentRate());
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
        assertThrows(IllegalArgumentException.class,
                () -> new AdaptiveRateLimiter(1, 2, 0.5, 1, Duration.ZERO, clock));
        assertTrue(new AdaptiveRateLimiter(0.2).currentRate() == 0.2);
    }
}
