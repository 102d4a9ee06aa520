package io.github.membercardopen.auth.trust;

import java.io.Closeable;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Refreshes one store on a fixed delay, on its own daemon thread so it never keeps a JVM alive.
 * {@link #close()} stops it.
 */
public final class PlatformCertificateRefresher implements Closeable {
    private final ScheduledExecutorService executor;

    /** @param threadName names the merchant, so a thread dump shows whose refresher it is */
    public PlatformCertificateRefresher(PlatformCertificateStore store, Duration interval, String threadName) {
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        // refreshQuietly never throws: an exception would cancel every later run.
        executor.scheduleWithFixedDelay(store::refreshQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
