package io.github.membercardopen.cli.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {

    private final ImportCounters counters = new ImportCounters();
    private final AtomicLong nanos = new AtomicLong();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void redrawsABarInPlaceWithRateEtaAndFailures() {
        ProgressReporter reporter = new ProgressReporter(counters, 100, ProgressReporter.Style.BAR, out, nanos::get);
        finish(50, 2);
        nanos.set(10_000_000_000L);

        reporter.render();

        assertEquals("\r[############------------]  50.0% 50/100  5.0/s  ETA 00:00:10  failed 2", text());
    }

    @Test
    void padsAShorterBarToCoverTheLongerOneBeforeIt() {
        ProgressReporter reporter = new ProgressReporter(counters, 0, ProgressReporter.Style.BAR, out, nanos::get);
        finish(1_000_000, 0);
        nanos.set(1_000_000_000L);
        reporter.render();
        int first = text().length() - 1;
        bytes.reset();
        nanos.set(100_000_000_000L);

        reporter.render();

        assertEquals(first + 1, text().length());
        assertTrue(text().startsWith("\r1,000,000 rows  10000.0/s  failed 0"), text());
    }

    @Test
    void writesSelfContainedPlainLinesForLogs() {
        ProgressReporter reporter = new ProgressReporter(counters, 0, ProgressReporter.Style.LINES, out, nanos::get);
        finish(30, 1);
        counters.alreadyDone();
        nanos.set(2_000_000_000L);

        reporter.render();

        assertEquals("progress: 31 rows, imported 29, already done 1, failed 1, invalid 0, 15.5/s" + System.lineSeparator(),
                text());
        assertFalse(text().contains("\r"));
    }

    @Test
    void endsTheBarOnAFreshLineWhenClosed() {
        ProgressReporter reporter = new ProgressReporter(counters, 10, ProgressReporter.Style.BAR, out, nanos::get);
        reporter.start();

        reporter.close();

        assertTrue(text().endsWith(System.lineSeparator()));
    }

    private void finish(int rows, int failures) {
        for (int i = 0; i < rows; i++) {
            counters.rowRead();
            if (i < failures) {
                counters.failed("INVALID_PHONE");
            } else {
                counters.imported();
            }
        }
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
