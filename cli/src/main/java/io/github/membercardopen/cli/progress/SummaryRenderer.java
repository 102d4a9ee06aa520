package io.github.membercardopen.cli.progress;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** The final report of a run, as printed when the import ends or is interrupted. */
public final class SummaryRenderer {

    private SummaryRenderer() {
    }

    public static String render(CountersSnapshot counts, Duration elapsed) {
        StringBuilder text = new StringBuilder();
        row(text, "Imported", counts.imported());
        row(text, "Already done", counts.alreadyDone());
        row(text, "Failed", counts.failed());
        for (Map.Entry<String, Long> failure : counts.failuresByCode().entrySet()) {
            text.append(String.format(Locale.ROOT, "  %-24s %,12d%n", failure.getKey(), failure.getValue()));
        }
        row(text, "Invalid rows", counts.invalidRows());
        row(text, "Duplicate rows", counts.duplicates());
        row(text, "Pending", counts.pending());
        row(text, "Retries", counts.retries());
        long processed = counts.imported() + counts.failed();
        text.append(String.format(Locale.ROOT, "%-26s %12s (%.1f calls/s)%n", "Elapsed",
                ProgressFormat.duration(elapsed.toSeconds()), ProgressFormat.rate(processed, elapsed.toNanos())));
        return text.toString();
    }

    private static void row(StringBuilder text, String label, long value) {
        text.append(String.format(Locale.ROOT, "%-26s %,12d%n", label, value));
    }
}
