package io.github.membercardopen.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CLI against a sandbox that answers 429 above Q imports per second: once asked for exactly Q, once
 * for 2Q, 20·Q members each. The share of 429s comes from the CLI's {@code Retries} line: with no other
 * fault injected, every retry is a 429.
 */
final class FlowControl {
    private FlowControl() {
    }

    static List<BenchTable.Line> run(BenchAll.Settings settings) throws Exception {
        Path dir = settings.workDir("flow-control");
        double cap = settings.rateLimitQps();
        int members = (int) Math.round(20 * cap);
        Path input = MemberFile.write(dir.resolve("members.csv"), members);
        List<BenchTable.Line> lines = new ArrayList<>();
        try (SandboxProcess sandbox = SandboxProcess.start(settings.cliJar(), dir, List.of(card(1), card(2)), cap)) {
            CliImport cli = new CliImport(settings.cliJar(), sandbox);
            for (int times : List.of(1, 2)) {
                CliImport.Run run = cli.run(card(times), input, dir.resolve("state-" + times + "x.db"), times * cap,
                        settings.threads(), List.of(), dir.resolve("import-" + times + "x.log"));
                long calls = run.imported() + run.retries();
                lines.add(new BenchTable.Line(
                        String.format(Locale.ROOT, "flow control, cap %.0f/s, --qps %.0f, %,d members", cap, times * cap,
                                members),
                        "-",
                        String.format(Locale.ROOT, "%.1f members/s = %.1f%% of cap", run.callsPerSecond(),
                                100 * run.callsPerSecond() / cap),
                        String.format(Locale.ROOT, "429s: %.2f%% (%,d of %,d calls)", 100.0 * run.retries() / calls,
                                run.retries(), calls),
                        "≥ 95% of cap, < 1% 429s"));
            }
        }
        return lines;
    }

    private static String card(int times) {
        return "pBenchFlow" + times + "x";
    }
}
