package io.github.membercardopen.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code membercard import} run as its own process against a {@link SandboxProcess}, and the figures of its
 * summary. A run that does not exit 0 fails the bench: a partial import would give a meaningless rate.
 */
final class CliImport {
    private static final Duration LIMIT = Duration.ofHours(3);

    /** What one run printed and cost. {@code wall} includes the JVM's start. */
    record Run(long imported, long alreadyDone, long retries, double callsPerSecond, Duration wall,
               long peakRssKiB) {
    }

    private final Path cliJar;
    private final SandboxProcess sandbox;

    CliImport(Path cliJar, SandboxProcess sandbox) {
        this.cliJar = cliJar;
        this.sandbox = sandbox;
    }

    /** Imports {@code input} into {@code card}; {@code jvmArgs} go before {@code -jar}. */
    Run run(String card, Path input, Path state, double qps, int concurrency, List<String> jvmArgs, Path log)
            throws InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.java());
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", cliJar.toString(), "import", "--card-id", card, "--input", input.toString(),
                "--state", state.toString(), "--qps", Double.toString(qps), "--concurrency",
                Integer.toString(concurrency)));
        command.addAll(sandbox.credentialArgs());
        try (ChildProcess process = ChildProcess.start(command, log)) {
            int exit = process.waitFor(LIMIT);
            String output = process.output();
            if (exit != 0) {
                throw new IllegalStateException("import exited with " + exit + " (log " + log + "):\n" + tail(output));
            }
            return new Run(count(output, "Imported"), count(output, "Already done"), count(output, "Retries"),
                    Double.parseDouble(match(output, "(?m)^Elapsed\\s+\\S+ \\(([0-9.]+) calls/s\\)")),
                    process.elapsed(), process.peakRssKiB());
        }
    }

    private static long count(String output, String label) {
        return Long.parseLong(match(output, "(?m)^" + label + "\\s+([0-9,]+)$").replace(",", ""));
    }

    private static String match(String output, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no match for " + regex + " in the import's summary:\n" + tail(output));
        }
        return matcher.group(1);
    }

    private static String tail(String output) {
        return output.length() <= 4000 ? output : "..." + output.substring(output.length() - 4000);
    }
}
