package io.github.membercardopen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap figures of a {@code -Xlog:gc:file=...} log: every collection line ends in
 * {@code before->after(committed)}, such as {@code 24M->3M(64M)}. The highest "after" is the largest live
 * set the program kept; the highest "before" is the peak heap it used.
 */
record GcLog(int collections, double maxBeforeMiB, double maxAfterMiB) {
    private static final Pattern SIZES = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    static GcLog read(Path file) {
        try {
            Matcher matcher = SIZES.matcher(Files.readString(file));
            int collections = 0;
            double before = 0;
            double after = 0;
            while (matcher.find()) {
                collections++;
                before = Math.max(before, mebibytes(matcher.group(1), matcher.group(2)));
                after = Math.max(after, mebibytes(matcher.group(3), matcher.group(4)));
            }
            return new GcLog(collections, before, after);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the GC log " + file, e);
        }
    }

    private static double mebibytes(String value, String unit) {
        double number = Double.parseDouble(value);
        return switch (unit) {
            case "K" -> number / 1024;
            case "G" -> number * 1024;
            default -> number;
        };
    }
}
