package io.github.membercardopen.bench;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The bench's tables. {@link #render} prints the per-call figures: each benchmark and provider with its mean
 * ± error, divided by the crypto floor of the same provider and by the official SDK. {@link #markdown}
 * prints any measurement as one {@link Line}, the per-call figures included ({@link #lines}).
 */
final class BenchTable {
    static final String FLOOR = "CryptoFloor";
    static final String OURS = "OurImportCall";
    static final String OFFICIAL = "OfficialSdkImportCall";
    private static final List<String> ORDER = List.of(FLOOR, OURS, OFFICIAL);

    /** One line of the table; {@code error} is JMH's 99.9% half-interval, NaN when too few iterations. */
    record Row(String benchmark, String provider, double microsPerCall, double error) {
    }

    /** One measurement of the full bench: what, with which provider, the figure, a comparison, the target. */
    record Line(String measurement, String provider, String figure, String compared, String target) {
    }

    private BenchTable() {
    }

    static List<Row> rows(Collection<RunResult> results) {
        List<Row> rows = new ArrayList<>();
        for (RunResult result : results) {
            String className = result.getParams().getBenchmark();
            className = className.substring(0, className.lastIndexOf('.'));
            String benchmark = className.substring(className.lastIndexOf('.') + 1).replace("Benchmark", "");
            Result<?> primary = result.getPrimaryResult();
            rows.add(new Row(benchmark, result.getParams().getParam("provider"), primary.getScore(), primary.getScoreError()));
        }
        rows.sort(Comparator.comparingInt((Row row) -> ORDER.indexOf(row.benchmark())).thenComparing(Row::provider,
                Comparator.reverseOrder()));
        return rows;
    }

    static String render(List<Row> rows, String settings) {
        StringBuilder out = new StringBuilder();
        out.append("Per-call cost of one phone import, µs/call (").append(settings).append("; lower is better)\n");
        out.append(String.format(Locale.ROOT, "%-22s %-8s %20s %9s %11s%n",
                "benchmark", "provider", "µs/call ± error", "÷ floor", "÷ official"));
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "%-22s %-8s %20s %9s %11s%n", row.benchmark(), row.provider(),
                    withError(row), ratio(row, find(rows, FLOOR, row.provider())), ratio(row, find(rows, OFFICIAL, "JDK"))));
        }
        out.append("÷ floor: against the raw-JCA floor (sign + OAEP encrypt + verify) with the same provider.\n");
        out.append("÷ official: against the official SDK (wechatpay-java), which always uses the JDK's providers.\n");
        return out.toString();
    }

    /** The per-call rows as lines of the full bench's table, with their targets. */
    static List<Line> lines(List<Row> rows) {
        List<Line> lines = new ArrayList<>();
        for (Row row : rows) {
            lines.add(new Line("per call: " + row.benchmark(), row.provider(), withError(row) + " µs/call",
                    String.format(Locale.ROOT, "÷ floor %s, ÷ official %s", ratio(row, find(rows, FLOOR, row.provider())),
                            ratio(row, find(rows, OFFICIAL, "JDK"))),
                    row.benchmark().equals(OURS) ? "÷ floor ≤ 1.10, ÷ official < 1" : "-"));
        }
        return lines;
    }

    /** A Markdown table, readable as plain text too. */
    static String markdown(List<Line> lines) {
        StringBuilder out = new StringBuilder("| measurement | provider | figure | compared | target |\n");
        out.append("| --- | --- | --- | --- | --- |\n");
        for (Line line : lines) {
            out.append("| ").append(String.join(" | ", line.measurement(), line.provider(), line.figure(),
                    line.compared(), line.target())).append(" |\n");
        }
        return out.toString();
    }

    private static String withError(Row row) {
        String error = Double.isNaN(row.error()) ? "n/a" : String.format(Locale.ROOT, "%.1f", row.error());
        return String.format(Locale.ROOT, "%.1f ± %s", row.microsPerCall(), error);
    }

    private static String ratio(Row row, Row base) {
        return base == null ? "-" : String.format(Locale.ROOT, "%.2f", row.microsPerCall() / base.microsPerCall());
    }

    private static Row find(List<Row> rows, String benchmark, String provider) {
        for (Row row : rows) {
            if (row.benchmark().equals(benchmark) && row.provider().equals(provider)) {
                return row;
            }
        }
        return null;
    }
}
