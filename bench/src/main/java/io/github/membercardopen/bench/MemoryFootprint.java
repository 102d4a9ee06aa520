package io.github.membercardopen.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CLI's memory at two sizes, M/10 and M members, each run with {@code -Xmx64m} (finishing at all is
 * the evidence that 64 MB is enough) and a GC log (the largest live set), plus its peak RSS; then the same
 * command again on the finished M-member state file, timed: a resume that has nothing left to do.
 */
final class MemoryFootprint {
    static final List<String> JVM_ARGS = List.of("-Xmx64m");

    private MemoryFootprint() {
    }

    static List<BenchTable.Line> run(BenchAll.Settings settings) throws Exception {
        Path dir = settings.workDir("memory");
        int large = settings.memoryMembers();
        int small = Math.max(1, large / 10);
        List<BenchTable.Line> lines = new ArrayList<>();
        try (SandboxProcess sandbox = SandboxProcess.start(settings.cliJar(), dir, List.of(card(small), card(large)), 0)) {
            CliImport cli = new CliImport(settings.cliJar(), sandbox);
            for (int members : List.of(small, large)) {
                lines.add(importAndMeasure(cli, dir, members, settings.threads(), "import"));
            }
            lines.add(importAndMeasure(cli, dir, large, settings.threads(), "resume"));
        }
        return lines;
    }

    /** Imports (or, the second time, resumes) {@code members} members; the state file is per size. */
    private static BenchTable.Line importAndMeasure(CliImport cli, Path dir, int members, int threads, String step)
            throws InterruptedException {
        Path input = dir.resolve("members-" + members + ".csv");
        if (step.equals("import")) {
            MemberFile.write(input, members);
        }
        Path gcLog = dir.resolve(step + "-" + members + ".gc.log");
        List<String> jvmArgs = new ArrayList<>(JVM_ARGS);
        jvmArgs.add("-Xlog:gc:file=" + gcLog);
        CliImport.Run run = cli.run(card(members), input, dir.resolve("state-" + members + ".db"), 1_000_000, threads,
                jvmArgs, dir.resolve(step + "-" + members + ".log"));
        GcLog gc = GcLog.read(gcLog);
        String memory = String.format(Locale.ROOT, "max after GC %.0f MB, peak used %.0f MB (%d GCs), peak RSS %s",
                gc.maxAfterMiB(), gc.maxBeforeMiB(), gc.collections(), rss(run.peakRssKiB()));
        if (step.equals("resume")) {
            return new BenchTable.Line(String.format(Locale.ROOT, "resume of a finished %,d-member import", members),
                    "-", String.format(Locale.ROOT, "%.1f s wall (%,d already done)", run.wall().toMillis() / 1000.0,
                    run.alreadyDone()), memory, "< 10 s at 10^6");
        }
        return new BenchTable.Line(String.format(Locale.ROOT, "CLI memory, %,d members, -Xmx64m", members), "-",
                "completed, " + memory, "at " + EndToEndThroughput.perSecond(run.callsPerSecond()),
                "heap ≤ 64 MB at 10^6, flat in N");
    }

    private static String card(int members) {
        return "pBenchMemory" + members;
    }

    private static String rss(long kib) {
        return kib < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", kib / 1024.0);
    }
}
