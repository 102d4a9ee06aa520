package io.github.membercardopen.cli.flow;

import java.util.ArrayList;
import java.util.List;

/** Time that moves only when told to, or when someone sleeps. */
final class FakeClock implements MonotonicClock {

    private long now = 1_000_000_000L;
    final List<Long> sleeps = new ArrayList<>();

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public void sleepNanos(long nanos) {
        sleeps.add(nanos);
        now += nanos;
    }

    void advanceMillis(long millis) {
        now += millis * 1_000_000L;
    }

    void advanceNanos(long nanos) {
        now += nanos;
    }
}
