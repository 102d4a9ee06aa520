package io.github.membercardopen.bench;

import org.openjdk.jmh.runner.Runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * Every benchmark of issue 7 in one command and one table: the per-call JMH figures, end-to-end throughput
 * against a sandbox in another process (ours and the official SDK), the CLI's memory and resume time, and
 * flow control against a capped sandbox. Run from the repository root after building the CLI jar:
 * {@code java -cp bench/target/benchmarks.jar io.github.membercardopen.bench.BenchAll [options]}.
 */
public final class BenchAll {
    static final int EXIT_OK = 0;
    static final int EXIT_USAGE = 2;
    private static final String USAGE = """
            usage: java -cp bench/target/benchmarks.jar io.github.membercardopen.bench.BenchAll [options]
              --quick               short JMH settings (a smoke run; figures are rough)
              --members N           end-to-end members per client (default 100000)
              --memory-members M    members of the large memory run; the small one is M/10 (default 1000000)
              --threads T           calls in flight, ours and the official SDK's (default 4)
              --rate-limit-qps Q    the sandbox's cap in the flow-control rows; 20*Q members (default 100)
              --cli-jar FILE        default cli/target/membercard.jar
              --work-dir DIR        member files, state files, logs (default bench/target/bench-work)
              --out FILE            the table as Markdown (default bench/target/bench-results.md)
              --only PARTS          comma-separated subset of per-call,end-to-end,memory,flow (default: all)
            """;
    static final Set<String> PARTS = Set.of("per-call", "end-to-end", "memory", "flow");

    /** The command line. {@link #workDir} gives each measurement a fresh directory of its own. */
    record Settings(boolean quick, int members, int memoryMembers, int threads, double rateLimitQps, Path cliJar,
                    Path workDir, Path out, Set<String> parts) {
        Path workDir(String measurement) throws IOException {
            Path dir = workDir.resolve(measurement);
            if (Files.exists(dir)) {
                try (var files = Files.walk(dir)) {
                    files.sorted((a, b) -> b.compareTo(a)).forEach(BenchAll::delete);
                }
            }
            return Files.createDirectories(dir);
        }
    }

    private BenchAll() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings;
        try {
            settings = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.print((e.getMessage().isEmpty() ? "" : e.getMessage() + "\n") + USAGE);
            System.exit(e.getMessage().isEmpty() ? EXIT_OK : EXIT_USAGE);
            return;
        }
        if (!Files.isRegularFile(settings.cliJar())) {
            System.err.println(settings.cliJar() + " not found: build the CLI first (see bench/README.md)");
            System.exit(EXIT_USAGE);
        }
        List<BenchTable.Line> lines = new ArrayList<>();
        PerCallBench.Settings jmh = settings.quick() ? PerCallBench.Settings.QUICK : PerCallBench.Settings.DEFAULT;
        if (settings.parts().contains("per-call")) {
            lines.addAll(BenchTable.lines(BenchTable.rows(new Runner(PerCallBench.options(jmh)).run())));
        }
        if (settings.parts().contains("end-to-end")) {
            lines.addAll(EndToEndThroughput.run(settings));
        }
        if (settings.parts().contains("memory")) {
            lines.addAll(MemoryFootprint.run(settings));
        }
        if (settings.parts().contains("flow")) {
            lines.addAll(FlowControl.run(settings));
        }
        String table = String.format(Locale.ROOT, "Per-call rows: %s. Other rows: one run each, %d in flight.%n%n%s",
                jmh.describe(), settings.threads(), BenchTable.markdown(lines));
        System.out.println();
        System.out.print(table);
        Files.createDirectories(settings.out().toAbsolutePath().getParent());
        Files.writeString(settings.out(), table);
        System.out.println("written to " + settings.out());
        System.exit(EXIT_OK);
    }

    /** Throws {@link IllegalArgumentException} with an empty message for {@code --help}. */
    static Settings parse(String[] args) {
        boolean quick = false;
        int members = 100_000;
        int memoryMembers = 1_000_000;
        int threads = 4;
        double rateLimitQps = 100;
        Path cliJar = Path.of("cli/target/membercard.jar");
        Path workDir = Path.of("bench/target/bench-work");
        Path out = Path.of("bench/target/bench-results.md");
        Set<String> parts = PARTS;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help")) {
                throw new IllegalArgumentException("");
            }
            if (option.equals("--quick")) {
                quick = true;
                continue;
            }
            if (i + 1 == args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--members" -> members = positive(option, value);
                case "--memory-members" -> memoryMembers = positive(option, value);
                case "--threads" -> threads = positive(option, value);
                case "--rate-limit-qps" -> rateLimitQps = positive(option, value);
                case "--cli-jar" -> cliJar = Path.of(value);
                case "--work-dir" -> workDir = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--only" -> parts = parts(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new Settings(quick, members, memoryMembers, threads, rateLimitQps, cliJar, workDir, out, parts);
    }

    private static Set<String> parts(String value) {
        Set<String> parts = Set.of(value.split(","));
        if (!PARTS.containsAll(parts)) {
            throw new IllegalArgumentException("--only takes some of " + PARTS + ", not " + value);
        }
        return parts;
    }

    private static int positive(String option, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a positive whole number, not " + value);
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
