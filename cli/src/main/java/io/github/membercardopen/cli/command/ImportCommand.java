package io.github.membercardopen.cli.command;

import io.github.membercardopen.cli.ExitCodes;
import io.github.membercardopen.cli.config.ClientSetup;
import io.github.membercardopen.cli.config.CredentialOptions;
import io.github.membercardopen.cli.config.Credentials;
import io.github.membercardopen.cli.flow.AdaptiveRateLimiter;
import io.github.membercardopen.cli.flow.RetryBackoff;
import io.github.membercardopen.cli.importer.EmbeddedSandbox;
import io.github.membercardopen.cli.importer.ImportJob;
import io.github.membercardopen.cli.importer.ImportSettings;
import io.github.membercardopen.cli.importer.MemberCall;
import io.github.membercardopen.cli.importer.RowEstimate;
import io.github.membercardopen.cli.importer.StopOnInterrupt;
import io.github.membercardopen.cli.input.InputFileException;
import io.github.membercardopen.cli.input.MemberCsvReader;
import io.github.membercardopen.cli.progress.CountersSnapshot;
import io.github.membercardopen.cli.progress.ImportCounters;
import io.github.membercardopen.cli.progress.ProgressReporter;
import io.github.membercardopen.cli.progress.SummaryRenderer;
import io.github.membercardopen.cli.state.ImportStateStore;
import io.github.membercardopen.cli.state.OutRequestNumbers;
import io.github.membercardopen.cli.state.StateFileMismatchException;
import io.github.membercardopen.cli.state.StateStoreException;
import io.github.membercardopen.cli.state.StoreIdentity;
import io.github.membercardopen.client.WechatPayClient;
import io.github.membercardopen.error.LocalException;
import io.github.membercardopen.http.AbstractWechatPayClientBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@code membercard import}: every member of a CSV into one card, exactly once, resumable. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports every member of a CSV (columns phone, optional code and out_request_no) into a "
                + "WeChat Pay member card, exactly once. Progress lives in a state file; run the same command "
                + "again to resume.",
                "With no credentials it runs against an embedded sandbox and sends nothing to WeChat Pay."})
public final class ImportCommand implements Callable<Integer> {
    static final double LIVE_DEFAULT_QPS = 5;
    static final double SANDBOX_DEFAULT_QPS = 200;
    private static final int REPORT_EXCERPT = 20;

    @Option(names = "--card-id", required = true, paramLabel = "CARD_ID", description = "The member card to import into.")
    String cardId;

    @Option(names = "--input", required = true, paramLabel = "CSV", description = "Members: a CSV with a header row.")
    Path input;

    @Option(names = "--state", paramLabel = "FILE", description = "State file (SQLite). Default: <input>.state.db.")
    Path state;

    @Option(names = "--charset", paramLabel = "NAME",
            description = "Input encoding; detected by default (UTF-8 with or without BOM, else GBK).")
    Charset charset;

    @Option(names = "--qps", paramLabel = "N",
            description = "Calls per second at most. Default: 5 against WeChat Pay, 200 against the embedded sandbox.")
    Double qps;

    @Option(names = "--concurrency", defaultValue = "4", paramLabel = "N", description = "Calls in flight at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--max-attempts", defaultValue = "8", paramLabel = "N",
            description = "Attempts per member on 5xx, timeouts and unverifiable answers before it is left for the next run (default: ${DEFAULT-VALUE}).")
    int maxAttempts;

    @Option(names = "--retry-failed",
            description = "Send members that failed permanently on an earlier run again (after fixing the cause).")
    boolean retryFailed;

    @Option(names = "--timeout", defaultValue = "PT30S", paramLabel = "DURATION",
            description = "Limit for one call, ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Mixin
    CredentialOptions credentialOptions;

    PrintStream out = System.out;
    PrintStream err = System.err;
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() throws Exception {
        if (concurrency < 1 || maxAttempts < 1 || (qps != null && qps <= 0)) {
            err.println("error: --concurrency, --max-attempts and --qps must be positive");
            return ExitCodes.USAGE_OR_CONFIGURATION;
        }
        if (!Files.isRegularFile(input)) {
            err.println("error: --input " + input + " does not exist or is not a file");
            return ExitCodes.USAGE_OR_CONFIGURATION;
        }
        Credentials credentials = credentialOptions.resolve(environment);
        try (Target target = Target.of(credentials, cardId, concurrency, timeout)) {
            out.println(target.banner());
            return importInto(target);
        } catch (LocalException | InputFileException | StateFileMismatchException | StateStoreException
                 | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE_OR_CONFIGURATION;
        }
    }

    private int importInto(Target target) throws IOException, InterruptedException {
        Path stateFile = state == null ? ImportStateStore.defaultFileFor(input) : state;
        ImportSettings settings = new ImportSettings(target.merchantId(), cardId, concurrency, maxAttempts, 100);
        AtomicBoolean stopping = new AtomicBoolean();
        StopOnInterrupt.install(stopping, err, ExitCodes.STOPPED);
        ImportCounters counters = new ImportCounters();
        RuntimeException fatal;
        StoreIdentity identity = new StoreIdentity(target.merchantId(), cardId, input, target.endpoint(),
                ClientSetup.fingerprint(target.outRequestNoSecret()));
        try (ImportStateStore store = ImportStateStore.open(stateFile, identity);
             MemberCsvReader reader = MemberCsvReader.open(input, charset)) {
            if (retryFailed) {
                out.println("Sending " + store.retryFailed() + " member(s) that failed on earlier runs again.");
            }
            double rate = qps != null ? qps : target.defaultQps();
            out.printf("Importing %s (%s) into card %s at up to %s calls/s, %d in flight; state: %s%n",
                    input, reader.charset(), cardId, rate, concurrency, stateFile);
            ImportJob job = new ImportJob(store, new OutRequestNumbers(target.outRequestNoSecret()),
                    new MemberCall(target.client().membercardOpen(), store, new AdaptiveRateLimiter(rate),
                            new RetryBackoff(), counters, settings, stopping::get),
                    counters, settings, stopping);
            ProgressReporter progress = new ProgressReporter(counters, RowEstimate.of(input),
                    ProgressReporter.Style.detect(), out, System::nanoTime);
            progress.start();
            try {
                fatal = job.run(reader);
            } finally {
                progress.close();
            }
            out.println();
            out.print(SummaryRenderer.render(counters.snapshot(), progress.elapsed()));
            new FailureReport(store).printExcerpt(out, REPORT_EXCERPT, stateFile);
        }
        return exitCode(counters.snapshot(), stopping.get(), fatal, stateFile);
    }

    private int exitCode(CountersSnapshot counts, boolean stopped, RuntimeException fatal, Path stateFile) {
        if (fatal != null) {
            err.println("error: stopped because every call would fail the same way: " + fatal.getMessage());
            err.println("Fix the configuration, then run the same command again to resume.");
            return ExitCodes.USAGE_OR_CONFIGURATION;
        }
        if (stopped || counts.pending() > 0) {
            out.println("Stopped before finishing: " + counts.pending() + " member(s) pending. Run the same command "
                    + "again to resume (state: " + stateFile + ").");
            return ExitCodes.STOPPED;
        }
        return counts.failed() + counts.invalidRows() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.ALL_IMPORTED;
    }

    /** Where the calls go: WeChat Pay (or a sandbox) with the given credentials, or an embedded sandbox. */
    private record Target(WechatPayClient client, String merchantId, byte[] outRequestNoSecret, String endpoint,
                          double defaultQps, String banner, EmbeddedSandbox embedded) implements AutoCloseable {

        static Target of(Credentials credentials, String cardId, int concurrency, Duration timeout) {
            WechatPayClient.Builder builder = ClientSetup.builder(concurrency, timeout);
            if (credentials.isEmpty()) {
                EmbeddedSandbox sandbox = new EmbeddedSandbox(cardId);
                try {
                    return new Target(sandbox.configure(builder).build(), EmbeddedSandbox.MERCHANT_ID,
                            sandbox.outRequestNoSecret(), EmbeddedSandbox.ENDPOINT, SANDBOX_DEFAULT_QPS,
                            "No credentials configured: importing into an embedded WeChat Pay sandbox at "
                                    + sandbox.baseUrl() + " with throwaway keys. Nothing is sent to WeChat Pay.", sandbox);
                } catch (RuntimeException e) {
                    sandbox.close();
                    throw e;
                }
            }
            PrivateKey merchantKey = ClientSetup.merchantKey(credentials);
            String url = credentials.baseUrl() == null ? AbstractWechatPayClientBuilder.DEFAULT_BASE_URL : credentials.baseUrl();
            return new Target(ClientSetup.withCredentials(builder, credentials, merchantKey).build(),
                    credentials.merchantId(), ClientSetup.outRequestNoSecret(merchantKey),
                    url, LIVE_DEFAULT_QPS, "Merchant " + credentials.merchantId() + ": importing through " + url, null);
        }

        @Override
        public void close() {
            client.close();
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
