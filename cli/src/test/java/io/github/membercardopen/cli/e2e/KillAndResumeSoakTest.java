package io.github.membercardopen.cli.e2e;

import io.github.membercardopen.cli.ExitCodes;
import io.github.membercardopen.sandbox.FaultCounts;
import io.github.membercardopen.sandbox.ThrowawayCredentials;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chaos soak: the CLI, as a separate process, imports M members into a sandbox that fails 10% of calls
 * with 500, throttles 5%, drops 2% of connections after processing, signs 1% wrongly and adds random
 * latency, while this test kills it with SIGKILL at random moments and restarts it. In the end every valid
 * member is imported exactly once, nothing is pending, the CLI agrees with the sandbox and nothing personal
 * or secret was printed, even with every logger at debug. CI runs 2,000 members;
 * {@code -Dsoak.members=100000} is the documented large run (see RELIABILITY.md).
 */
@Tag("soak")
class KillAndResumeSoakTest {
    private static final int MEMBERS = Integer.getInteger("soak.members", 2000);
    private static final int KILLS = Integer.getInteger("soak.kills", 5);
    private static final List<String> BAD_ROWS = List.of("12345,too short", "abc,not a number", ",no phone",
            "2380013800,wrong prefix", "1380013800012,too long");

    @TempDir
    Path dir;

    @Test
    void everyMemberImportedExactlyOnceDespiteFaultsAndKills() throws Exception {
        long seed = Long.getLong("soak.seed", 20261127L);
        Random random = new Random(seed);
        try (SandboxTarget target = new SandboxTarget(dir, seed)) {
            target.sandbox.faults().failRate(0.10).rateLimitRate(0.05).dropRate(0.02).badSignatureRate(0.01)
                    .latency(Duration.ZERO, Duration.ofMillis(30));
            List<String> phones = MemberFiles.phones(MEMBERS, seed);
            Path csv = MemberFiles.write(dir.resolve("members.csv"), MemberFiles.csv(phones, BAD_ROWS), StandardCharsets.UTF_8);
            Path state = dir.resolve("members.state.db");
            Path log = dir.resolve("cli.log");
            // pace the run so that it outlasts the kills: each kill lands somewhere inside it
            double expectedSeconds = Math.max(KILLS * 2.5, MEMBERS / 400.0);
            String qps = Long.toString(Math.max(50, Math.round(MEMBERS / expectedSeconds)));
            List<String> args = target.importArgs(csv, state, "--qps", qps, "--concurrency", "8");

            long started = System.nanoTime();
            int kills = 0;
            int runs = 0;
            int exitCode = -1;
            while (kills < KILLS) {
                Process cli = CliProcess.start(args, log);
                runs++;
                long delayMillis = 800 + (long) (random.nextDouble() * 1500 * expectedSeconds / KILLS);
                if (cli.waitFor(delayMillis, TimeUnit.MILLISECONDS)) {
                    exitCode = cli.exitValue();
                    break; // finished before this kill: a short run, nothing left to interrupt
                }
                cli.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no flush
                kills++;
            }
            for (int attempt = 0; attempt < 5 && exitCode != ExitCodes.SOME_FAILED && exitCode != ExitCodes.ALL_IMPORTED; attempt++) {
                Process cli = CliProcess.start(args, log);
                runs++;
                assertTrue(cli.waitFor(15, TimeUnit.MINUTES), "the CLI never hangs");
                exitCode = cli.exitValue();
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

            assertEquals(ExitCodes.SOME_FAILED, exitCode, "the bad rows make the final exit code 1");
            Map<String, Integer> imports = target.importsPerPhone();
            long duplicated = imports.values().stream().filter(count -> count > 1).count();
            long lost = phones.stream().filter(phone -> !imports.containsKey(phone)).count();
            assertEquals(0, lost, "lost members");
            assertEquals(0, duplicated, "members imported twice");
            assertEquals(MEMBERS, imports.size());

            CliHarness.Result status = CliHarness.run("status", "--state", state.toString());
            assertTrue(status.out().matches("(?s).*PENDING\\s+0\\n.*"), status.out());
            assertTrue(status.out().matches("(?s).*IMPORTED\\s+" + String.format("%,d", MEMBERS) + "\\n.*"), status.out());
            assertTrue(status.out().matches("(?s).*FAILED\\s+0\\n.*"), status.out());
            CliHarness.Result report = CliHarness.run("report", "--state", state.toString());
            assertEquals(BAD_ROWS.size() + 1, report.out().strip().split("\n").length, report.out());

            FaultCounts faults = target.sandbox.faults().counts();
            assertTrue(faults.systemErrors() > 0 && faults.rateLimited() > 0 && faults.dropped() > 0
                    && faults.badSignatures() > 0, faults.toString());
            String output = Files.readString(log, StandardCharsets.UTF_8) + status.all() + report.all();
            assertNothingPersonalOrSecret(output, phones, target);

            String figures = String.format("soak: members=%d bad_rows=%d kills=%d runs=%d seconds=%d lost=%d duplicated=%d "
                            + "faults{%s} final_exit=%d",
                    MEMBERS, BAD_ROWS.size(), kills, runs, seconds, lost, duplicated, faults, exitCode);
            System.out.println(figures);
            Files.writeString(Path.of("target", "soak-figures.txt"), figures + System.lineSeparator());
        }
    }

    private static void assertNothingPersonalOrSecret(String output, List<String> phones, SandboxTarget target)
            throws IOException {
        // one pass over the output, not one search per phone: the large soak prints a lot at debug
        Set<String> members = new HashSet<>(phones);
        Matcher digits = Pattern.compile("\\d{11,}").matcher(output);
        while (digits.find()) {
            for (int start = digits.start(); start + 11 <= digits.end(); start++) {
                assertFalse(members.contains(output.substring(start, start + 11)), "plaintext phone in the CLI's output");
            }
        }
        String keyPem = Files.readString(target.keys.resolve(ThrowawayCredentials.MERCHANT_KEY_FILE));
        String keyBody = keyPem.split("\n")[1];
        assertFalse(output.contains("PRIVATE KEY") || output.contains(keyBody), "key material in the output");
        assertFalse(output.contains(target.credentials.apiV3Key()), "APIv3 key in the output");
        assertFalse(output.contains("signature=\""), "an Authorization value in the output");
    }
}
