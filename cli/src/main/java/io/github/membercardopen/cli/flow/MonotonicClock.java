package io.github.membercardopen.cli.flow;

/** Elapsed time and waiting, injectable so flow control can be tested without real sleeps. */
public interface MonotonicClock {

    MonotonicClock SYSTEM = new MonotonicClock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
            java.util.concurrent.TimeUnit.NANOSECONDS.sleep(nanos);
        }
    };

    /** Like {@link System#nanoTime()}: only differences mean anything. */
    long nanoTime();

    void sleepNanos(long nanos) throws InterruptedException;
}
