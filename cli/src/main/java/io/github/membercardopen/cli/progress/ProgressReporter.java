package io.github.membercardopen.cli.progress;

import java.io.Closeable;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Shows import progress while it runs: a bar redrawn in place on a terminal, or a plain line every so often
 * when output goes to a log or CI.
 */
public final class ProgressReporter implements Closeable {

    /** How progress is drawn. */
    public enum Style {
        BAR(Duration.ofMillis(250)),
        LINES(Duration.ofSeconds(10));

        private final Duration interval;

        Style(Duration interval) {
            this.interval = interval;
        }

        /** A bar when stdout is an interactive terminal, plain lines otherwise. */
        public static Style detect() {
            return System.console() != null ? BAR : LINES;
        }
    }

    private final ImportCounters counters;
    private final long totalRows;
    private final Style style;
    private final PrintStream out;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private ScheduledExecutorService ticker;
    private int lastBarLength;

    /**
     * @param totalRows the number of rows expected, or 0 if unknown (no percentage or ETA then)
     * @param nanoClock elapsed-time source, {@code System::nanoTime} outside tests
     */
    public ProgressReporter(ImportCounters counters, long totalRows, Style style, PrintStream out,
            LongSupplier nanoClock) {
        this.counters = counters;
        this.totalRows = totalRows;
        this.style = style;
        this.out = out;
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
    }

    /** Starts drawing updates on a background thread at the style's interval. */
    public synchronized void start() {
        if (ticker != null) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "progress");
            thread.setDaemon(true);
            return thread;
        });
        long millis = style.interval.toMillis();
        ticker.scheduleAtFixedRate(this::render, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Draws one update now. */
    public synchronized void render() {
        long elapsed = nanoClock.getAsLong() - startNanos;
        CountersSnapshot counts = counters.snapshot();
        if (style == Style.BAR) {
            String bar = ProgressFormat.bar(counts, totalRows, elapsed);
            // pad so a shorter line fully covers the previous one
            out.print("\r" + bar + " ".repeat(Math.max(0, lastBarLength - bar.length())));
            lastBarLength = bar.length();
        } else {
            out.println(ProgressFormat.line(counts, totalRows, elapsed));
        }
        out.flush();
    }

    /** Time since this reporter was created. */
    public Duration elapsed() {
        return Duration.ofNanos(nanoClock.getAsLong() - startNanos);
    }

    /** Stops updates after drawing a last one, and leaves the cursor on a fresh line. */
    @Override
    public void close() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = ticker;
            ticker = null;
        }
        if (stopping != null) {
            stopping.shutdownNow();
        }
        render();
        if (style == Style.BAR) {
            out.println();
        }
    }
}
