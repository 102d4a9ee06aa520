package io.github.membercardopen.cli.e2e;

import io.github.membercardopen.cli.ExitCodes;
import io.github.membercardopen.sandbox.ThrowawayCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import command end to end: CSV in, sandbox imports out, state file, exit codes, messages. */
class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void importsIntoTheEmbeddedSandboxWithoutCredentialsThenResumesAsAlreadyDone() {
        Path csv = MemberFiles.write(dir.resolve("members.csv"), MemberFiles.csv(MemberFiles.phones(40, 1), List.of()),
                StandardCharsets.UTF_8);
        CliHarness.Result first = CliHarness.run("import", "--card-id", "pEmbeddedCard", "--input", csv.toString());
        assertEquals(ExitCodes.ALL_IMPORTED, first.exitCode(), first.all());
        assertTrue(first.out().contains("Nothing is sent to WeChat Pay"), first.out());
        assertTrue(first.out().matches("(?s).*Imported\\s+40\\n.*"), first.out());
        assertTrue(Files.exists(dir.resolve("members.csv.state.db")), "state lives beside the input by default");

        CliHarness.Result again = CliHarness.run("import", "--card-id", "pEmbeddedCard", "--input", csv.toString());
        assertEquals(ExitCodes.ALL_IMPORTED, again.exitCode(), again.all());
        assertTrue(again.out().matches("(?s).*Already done\\s+40\\n.*"), again.out());
    }

    @Test
    void readsGbkAsExcelInChinaWritesItAndUtf8WithBom() throws Exception {
        List<String> phones = MemberFiles.phones(6, 2);
        Path gbk = MemberFiles.write(dir.resolve("gbk.csv"),
                List.of("phone,姓名", phones.get(0) + ",张三", phones.get(1) + ",李四", phones.get(2) + ",王五"),
                Charset.forName("GBK"));
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, ("\uFEFFphone,姓名\r\n" + phones.get(3) + ",赵六\r\n\r\n\"" + phones.get(4) + "\",\"钱\r\n七\"\r\n")
                .getBytes(StandardCharsets.UTF_8));
        for (Path csv : List.of(gbk, bom)) {
            CliHarness.Result result = CliHarness.run("import", "--card-id", "pEmbeddedCard", "--input", csv.toString());
            assertEquals(ExitCodes.ALL_IMPORTED, result.exitCode(), result.all());
            assertTrue(result.out().contains(csv.equals(gbk) ? "(GB18030)" : "(UTF-8)"), result.out());
        }
    }

    @Test
    void importsEveryMemberExactlyOnceThroughEveryFaultTheSandboxInjects() {
        try (SandboxTarget target = new SandboxTarget(dir, 7)) {
            target.sandbox.faults().failRate(0.15).rateLimitRate(0.1).dropRate(0.05).badSignatureRate(0.05)
                    .probeSignatureRate(0.02).latency(java.time.Duration.ZERO, java.time.Duration.ofMillis(20));
            List<String> phones = MemberFiles.phones(300, 3);
            Path csv = MemberFiles.write(dir.resolve("m.csv"), MemberFiles.csv(phones, List.of()), StandardCharsets.UTF_8);

            CliHarness.Result result = CliHarness.run(target.importArgs(csv, dir.resolve("m.db"),
                    "--qps", "2000", "--concurrency", "8", "--max-attempts", "30").toArray(new String[0]));

            assertEquals(ExitCodes.ALL_IMPORTED, result.exitCode(), result.all());
            Map<String, Integer> imports = target.importsPerPhone();
            assertEquals(300, imports.size());
            assertTrue(imports.values().stream().allMatch(count -> count == 1), "no member imported twice");
            assertTrue(target.sandbox.faults().counts().toString().length() > 0);
            assertFalse(result.out().matches("(?s).*Retries\\s+0\\n.*"), "faults were met and retried: " + result.out());
            assertNoPlaintextPhone(result, phones);
        }
    }

    @Test
    void slowsDownWhenThrottledAndStillImportsEveryone() {
        try (SandboxTarget target = new SandboxTarget(dir, 8)) {
            target.sandbox.faults().rateLimitQps(40);
            Path csv = MemberFiles.write(dir.resolve("m.csv"), MemberFiles.csv(MemberFiles.phones(120, 4), List.of()),
                    StandardCharsets.UTF_8);
            CliHarness.Result result = CliHarness.run(target.importArgs(csv, dir.resolve("m.db"), "--qps", "400")
                    .toArray(new String[0]));
            assertEquals(ExitCodes.ALL_IMPORTED, result.exitCode(), result.all());
            assertEquals(120, target.importsPerPhone().size());
        }
    }

    @Test
    void reportsEachBadRowWithLineFieldAndReasonAndExitsOne() {
        List<String> phones = MemberFiles.phones(30, 5);
        List<String> lines = new ArrayList<>(MemberFiles.csv(phones, List.of()));
        lines.add(3, "12345,short");
        lines.add(8, phones.get(0) + ",again");
        Path csv = MemberFiles.write(dir.resolve("bad.csv"), lines, StandardCharsets.UTF_8);

        CliHarness.Result result = CliHarness.run("import", "--card-id", "pEmbeddedCard", "--input", csv.toString());

        assertEquals(ExitCodes.SOME_FAILED, result.exitCode(), result.all());
        assertTrue(result.out().contains("4,,,INVALID_ROW,\"phone: has 5 digits"), result.out());
        assertTrue(result.out().contains("9,,,DUPLICATE_PHONE,same phone as line 2; imported once"), result.out());

        CliHarness.Result report = CliHarness.run("report", "--state", dir.resolve("bad.csv.state.db").toString());
        assertEquals(0, report.exitCode(), report.all());
        assertEquals(3, report.out().strip().split("\n").length, report.out());
        CliHarness.Result status = CliHarness.run("status", "--state", dir.resolve("bad.csv.state.db").toString());
        for (String count : List.of("IMPORTED\\s+30", "INVALID_ROW\\s+1", "DUPLICATE_PHONE\\s+1")) {
            assertTrue(status.out().matches("(?s).*" + count + "\\n.*"), status.out());
        }
    }

    @Test
    void missingKeyFileIsAConfigurationErrorNamingTheFile() {
        CliHarness.Result result = importWithMerchantKey(dir.resolve("nope.pem"));
        assertEquals(ExitCodes.USAGE_OR_CONFIGURATION, result.exitCode());
        assertTrue(result.err().contains("nope.pem") && result.err().contains("does not exist"), result.err());
    }

    @Test
    void certificateGivenAsTheMerchantKeyIsExplained() {
        CliHarness.Result result = importWithMerchantKey(dir.resolve(ThrowawayCredentials.MERCHANT_CERTIFICATE_FILE));
        assertEquals(ExitCodes.USAGE_OR_CONFIGURATION, result.exitCode());
        assertTrue(result.err().contains("holds a certificate, not a private key"), result.err());
    }

    /** An import against a sandbox whose configuration is right but for {@code --merchant-key}. */
    private CliHarness.Result importWithMerchantKey(Path merchantKey) {
        try (SandboxTarget target = new SandboxTarget(dir, 9)) {
            Path csv = MemberFiles.write(dir.resolve("m.csv"), MemberFiles.csv(MemberFiles.phones(3, 6), List.of()),
                    StandardCharsets.UTF_8);
            List<String> args = target.importArgs(csv, dir.resolve("m.db"));
            args.set(args.indexOf("--merchant-key") + 1, merchantKey.toString());
            return CliHarness.run(args.toArray(new String[0]));
        }
    }

    @Test
    void anUnknownCardStopsTheRunWithoutMarkingAnyMemberFailed() {
        try (SandboxTarget target = new SandboxTarget(dir, 13)) {
            Path csv = MemberFiles.write(dir.resolve("m.csv"), MemberFiles.csv(MemberFiles.phones(20, 14), List.of()),
                    StandardCharsets.UTF_8);
            List<String> args = target.importArgs(csv, dir.resolve("m.db"));
            args.set(args.indexOf("--card-id") + 1, "pNoSuchCard");

            CliHarness.Result result = CliHarness.run(args.toArray(new String[0]));

            assertEquals(ExitCodes.USAGE_OR_CONFIGURATION, result.exitCode(), result.all());
            assertTrue(result.err().contains("会员卡ID无效"), result.err());
            CliHarness.Result status = CliHarness.run("status", "--state", dir.resolve("m.db").toString());
            assertTrue(status.out().matches("(?s).*FAILED\\s+0\\n.*"), status.out());
        }
    }

    @Test
    void stateFileOfAnotherCardIsRefused() {
        Path csv = MemberFiles.write(dir.resolve("m.csv"), MemberFiles.csv(MemberFiles.phones(3, 8), List.of()),
                StandardCharsets.UTF_8);
        assertEquals(0, CliHarness.run("import", "--card-id", "pCardA", "--input", csv.toString()).exitCode());
        CliHarness.Result other = CliHarness.run("import", "--card-id", "pCardB", "--input", csv.toString());
        assertEquals(ExitCodes.USAGE_OR_CONFIGURATION, other.exitCode());
        assertTrue(other.err().contains("pCardA") || other.err().contains("card"), other.err());
    }

    @Test
    void serverThatNeverAnswersLeavesMembersPendingAndTheCliExitsResumable() throws Exception {
        try (SandboxTarget target = new SandboxTarget(dir, 11); java.net.ServerSocket silent = new java.net.ServerSocket(0)) {
            List<java.net.Socket> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept()); // read nothing, answer nothing
                    }
                } catch (java.io.IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Path csv = MemberFiles.write(dir.resolve("m.csv"), MemberFiles.csv(MemberFiles.phones(3, 12), List.of()),
                    StandardCharsets.UTF_8);
            List<String> args = target.importArgs(csv, dir.resolve("m.db"), "--timeout", "PT1S", "--max-attempts", "2");
            args.set(args.indexOf("--base-url") + 1, "http://127.0.0.1:" + silent.getLocalPort() + "/");

            long started = System.nanoTime();
            CliHarness.Result result = CliHarness.run(args.toArray(new String[0]));

            assertEquals(ExitCodes.STOPPED, result.exitCode(), result.all());
            assertTrue(java.time.Duration.ofNanos(System.nanoTime() - started).toSeconds() < 30, "bounded by the timeouts");
            assertTrue(result.out().contains("Run the same command again to resume"), result.out());
            for (java.net.Socket socket : accepted) {
                socket.close();
            }
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(ExitCodes.USAGE_OR_CONFIGURATION, CliHarness.run("import", "--card-id", "x").exitCode());
        assertEquals(ExitCodes.USAGE_OR_CONFIGURATION,
                CliHarness.run("import", "--card-id", "x", "--input", dir.resolve("missing.csv").toString()).exitCode());
        assertEquals(0, CliHarness.run("import", "--help").exitCode());
    }

    static void assertNoPlaintextPhone(CliHarness.Result result, List<String> phones) {
        String all = result.all();
        for (String phone : phones) {
            assertFalse(all.contains(phone), "output shows a plaintext phone");
        }
    }
}
