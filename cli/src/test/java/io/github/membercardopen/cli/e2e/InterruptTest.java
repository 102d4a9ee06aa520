package io.github.membercardopen.cli.e2e;

import io.github.membercardopen.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ctrl-C: stop taking rows, finish what is in flight, save, say how to resume, exit 3; then resume. */
class InterruptTest {
    @TempDir
    Path dir;

    @Test
    void ctrlCStopsCleanlyAndTheSameCommandResumes() throws Exception {
        try (SandboxTarget target = new SandboxTarget(dir, 21)) {
            List<String> phones = MemberFiles.phones(400, 22);
            Path csv = MemberFiles.write(dir.resolve("m.csv"), MemberFiles.csv(phones, List.of()), StandardCharsets.UTF_8);
            List<String> args = target.importArgs(csv, dir.resolve("m.db"), "--qps", "50");
            Path log = dir.resolve("cli.log");

            Process cli = CliProcess.start(args, log);
            assertTrue(awaitImports(target, 20, 30), "the import got going");
            CliProcess.interrupt(cli);
            assertTrue(cli.waitFor(60, TimeUnit.SECONDS), "stops after the calls in flight");

            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(ExitCodes.STOPPED, cli.exitValue(), output);
            assertTrue(output.contains("Stopping: no new rows"), output);
            assertTrue(output.contains("Run the same command again to resume"), output);
            assertTrue(target.importsPerPhone().size() < phones.size(), "it stopped early");

            CliHarness.Result resumed = CliHarness.run(args.toArray(new String[0]));
            assertEquals(ExitCodes.ALL_IMPORTED, resumed.exitCode(), resumed.all());
            assertEquals(phones.size(), target.importsPerPhone().size());
            assertTrue(target.importsPerPhone().values().stream().allMatch(count -> count == 1));
        }
    }

    private static boolean awaitImports(SandboxTarget target, int count, int seconds) throws InterruptedException {
        for (int i = 0; i < seconds * 10; i++) {
            if (target.importsPerPhone().size() >= count) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
