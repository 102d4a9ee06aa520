package io.github.membercardopen.cli.progress;

import java.util.Locale;

/** Turns counters into the text of one progress update; shows counts only, never row content. */
final class ProgressFormat {

    private static final int BAR_WIDTH = 24;
    private static final double NANOS_PER_SECOND = 1e9;

    private ProgressFormat() {
    }

    /** For a terminal: one line meant to be redrawn in place. */
    static String bar(CountersSnapshot counts, long totalRows, long elapsedNanos) {
        StringBuilder text = new StringBuilder();
        long done = counts.finished();
        if (totalRows > 0) {
            int filled = (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / totalRows);
            text.append('[').append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%5.1f%% %,d/%,d", percent(done, totalRows), done, totalRows));
        } else {
            text.append(String.format(Locale.ROOT, "%,d rows", done));
        }
        double rate = rate(done, elapsedNanos);
        text.append(String.format(Locale.ROOT, "  %.1f/s", rate));
        appendEta(text, done, totalRows, rate);
        text.append(String.format(Locale.ROOT, "  failed %,d", counts.failed()));
        return text.toString();
    }

    /** For logs and CI: a self-contained line. */
    static String line(CountersSnapshot counts, long totalRows, long elapsedNanos) {
        long done = counts.finished();
        StringBuilder text = new StringBuilder("progress: ");
        if (totalRows > 0) {
            text.append(String.format(Locale.ROOT, "%,d/%,d rows (%.1f%%)", done, totalRows, percent(done, totalRows)));
        } else {
            text.append(String.format(Locale.ROOT, "%,d rows", done));
        }
        double rate = rate(done, elapsedNanos);
        text.append(String.format(Locale.ROOT, ", imported %,d, already done %,d, failed %,d, invalid %,d, %.1f/s",
                counts.imported(), counts.alreadyDone(), counts.failed(), counts.invalidRows(), rate));
        appendEta(text, done, totalRows, rate);
        return text.toString();
    }

    static String duration(long seconds) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    static double rate(long rows, long elapsedNanos) {
        return elapsedNanos <= 0 ? 0 : rows * NANOS_PER_SECOND / elapsedNanos;
    }

    private static void appendEta(StringBuilder text, long done, long totalRows, double rate) {
        if (totalRows > 0 && rate > 0 && done < totalRows) {
            text.append("  ETA ").append(duration((long) Math.ceil((totalRows - done) / rate)));
        }
    }

    private static double percent(long done, long total) {
        return 100.0 * Math.min(done, total) / total;
    }
}
