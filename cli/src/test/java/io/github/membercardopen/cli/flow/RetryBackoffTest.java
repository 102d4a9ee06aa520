package io.github.membercardopen.cli.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    private final RetryBackoff backoff = new RetryBackoff(Duration.ofMillis(200), Duration.ofSeconds(30), new Random(7));

    @Test
    void doublesTheCeilingPerRetryUntilTheCap() {
        assertEquals(Duration.ofMillis(200), backoff.ceiling(1));
        assertEquals(Duration.ofMillis(400), backoff.ceiling(2));
        assertEquals(Duration.ofMillis(25_600), backoff.ceiling(8));
        assertEquals(Duration.ofSeconds(30), backoff.ceiling(9));
        assertEquals(Duration.ofSeconds(30), backoff.ceiling(10_000));
    }

    @Test
    void drawsEveryDelayBetweenZeroAndTheCeiling() {
        for (int retry = 1; retry <= 70; retry++) {
            for (int i = 0; i < 50; i++) {
                Duration delay = backoff.delayBefore(retry);
                assertTrue(!delay.isNegative() && delay.compareTo(backoff.ceiling(retry)) <= 0, delay.toString());
            }
        }
    }

    @Test
    void spreadsDelaysAcrossTheWholeRange() {
        RetryBackoff lowest = new RetryBackoff(Duration.ofMillis(200), Duration.ofSeconds(30), fixedRandom(0.0));
        RetryBackoff highest = new RetryBackoff(Duration.ofMillis(200), Duration.ofSeconds(30), fixedRandom(0.9999999));

        assertEquals(Duration.ZERO, lowest.delayBefore(3));
        assertEquals(Duration.ofMillis(800), highest.delayBefore(3));
    }

    @Test
    void countsRetriesFromOne() {
        assertThrows(IllegalArgumentException.class, () -> backoff.delayBefore(0));
    }

    private static Random fixedRandom(double value) {
        return new Random() {
            private static final long serialVersionUID = 1L;

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }
}
