package io.github.membercardopen.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Runs the per-call benchmarks (crypto floor, our import call, the official SDK's) and prints one table.
 * {@code java -jar bench/target/benchmarks.jar [--quick]}. For JMH's own command line use
 * {@code java -cp bench/target/benchmarks.jar org.openjdk.jmh.Main}.
 */
public final class PerCallBench {
    static final int EXIT_OK = 0;
    static final int EXIT_USAGE = 2;
    private static final String USAGE = "usage: java -jar benchmarks.jar [--quick]\n"
            + "  default: 1 fork, 3 x 2 s warm-up, 5 x 2 s measurement per benchmark\n"
            + "  --quick: 1 fork, 2 x 1 s warm-up, 3 x 1 s measurement (a smoke run; figures are rough)\n";

    /** Warm-up and measurement settings. */
    record Settings(int warmups, int warmupSeconds, int measurements, int measurementSeconds) {
        static final Settings DEFAULT = new Settings(3, 2, 5, 2);
        static final Settings QUICK = new Settings(2, 1, 3, 1);

        String describe() {
            return String.format("JMH average time, 1 fork, %d x %d s warm-up, %d x %d s measurement",
                    warmups, warmupSeconds, measurements, measurementSeconds);
        }
    }

    private PerCallBench() {
    }

    public static void main(String[] args) throws RunnerException {
        Settings settings = Settings.DEFAULT;
        for (String arg : args) {
            if (arg.equals("--quick")) {
                settings = Settings.QUICK;
            } else {
                System.err.print((arg.equals("--help") ? "" : "unknown option " + arg + "\n") + USAGE);
                System.exit(arg.equals("--help") ? EXIT_OK : EXIT_USAGE);
            }
        }
        Collection<RunResult> results = new Runner(options(settings)).run();
        System.out.println();
        System.out.print(BenchTable.render(BenchTable.rows(results), settings.describe()));
    }

    static Options options(Settings settings) {
        return new OptionsBuilder()
                .include(only(CryptoFloorBenchmark.class))
                .include(only(OurImportCallBenchmark.class))
                .include(only(OfficialSdkImportCallBenchmark.class))
                .forks(1)
                .warmupIterations(settings.warmups())
                .warmupTime(TimeValue.seconds(settings.warmupSeconds()))
                .measurementIterations(settings.measurements())
                .measurementTime(TimeValue.seconds(settings.measurementSeconds()))
                // A benchmark that throws must fail the run, not drop out of the table.
                .shouldFailOnError(true)
                .build();
    }

    private static String only(Class<?> benchmark) {
        return "^" + Pattern.quote(benchmark.getName()) + "\\.";
    }
}
