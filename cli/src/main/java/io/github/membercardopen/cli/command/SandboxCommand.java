package io.github.membercardopen.cli.command;

import io.github.membercardopen.cli.ExitCodes;
import io.github.membercardopen.sandbox.SandboxOptions;
import io.github.membercardopen.sandbox.StandaloneSandbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code membercard sandbox}: a local WeChat Pay for the import endpoint, until Ctrl-C. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Runs a local WeChat Pay sandbox for the import endpoint and GET /v3/certificates.",
                "With no key files it generates throwaway keys and prints where it wrote them."})
public final class SandboxCommand implements Callable<Integer> {
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;
    @Option(names = "--port", defaultValue = "0", description = "Port; 0 picks a free one.")
    int port;
    @Option(names = "--merchant-id", defaultValue = "1900000001", description = "The merchant it accepts (default: ${DEFAULT-VALUE}).")
    String merchantId;
    @Option(names = "--merchant-certificate", paramLabel = "FILE", description = "The merchant's apiclient_cert.pem to trust.")
    Path merchantCertificate;
    @Option(names = "--wechatpay-private-key", paramLabel = "FILE", description = "Public-key mode: the key it signs and decrypts with.")
    Path wechatpayPrivateKey;
    @Option(names = "--wechatpay-public-key-id", paramLabel = "PUB_KEY_ID_...", description = "Public-key mode: the id of that key.")
    String wechatpayPublicKeyId;
    @Option(names = "--platform-certificate", paramLabel = "FILE", description = "Certificate mode: the platform certificate.")
    Path platformCertificate;
    @Option(names = "--platform-private-key", paramLabel = "FILE", description = "Certificate mode: its private key.")
    Path platformPrivateKey;
    @Option(names = "--api-v3-key", paramLabel = "KEY", description = "Certificate mode: the APIv3 key the certificates are encrypted with (a throwaway test key).")
    String apiV3Key;
    @Option(names = "--keys-dir", paramLabel = "DIR", description = "Where generated keys are written (default: a new temporary directory).")
    Path keysDirectory;
    @Option(names = "--card", paramLabel = "ID[:MODE]", description = "A card it knows (repeatable); MODE is SYSTEM_ALLOCATE (default), REAL_TIME or MERCHANT_DEPOSIT.")
    List<String> cards;
    @Option(names = "--fail-rate", defaultValue = "0", description = "Share of imports answered 500 SYSTEM_ERROR before processing.")
    double failRate;
    @Option(names = "--rate-limit-qps", defaultValue = "0", description = "Answer 429 above this many imports per second (0: no cap).")
    double rateLimitQps;
    @Option(names = "--rate-limit-rate", defaultValue = "0", description = "Share of imports answered 429.")
    double rateLimitRate;
    @Option(names = "--latency-ms", paramLabel = "MS|MIN-MAX", description = "Added latency per import.")
    String latency;
    @Option(names = "--drop-rate", defaultValue = "0", description = "Share of connections dropped after the import was processed.")
    double dropRate;
    @Option(names = "--bad-signature-rate", defaultValue = "0", description = "Share of answers with a wrong signature.")
    double badSignatureRate;
    @Option(names = "--probe-signature-rate", defaultValue = "0", description = "Share of answers with a WECHATPAY/SIGNTEST/ probe signature.")
    double probeSignatureRate;
    @Option(names = "--seed", description = "Seed for the fault dice, for repeatable runs.")
    Long seed;

    PrintStream out = System.out;

    @Override
    public Integer call() throws InterruptedException {
        try (StandaloneSandbox sandbox = StandaloneSandbox.start(options())) {
            out.println(sandbox.readyLine());
            out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "sandbox-stop"));
            stopped.await();
        }
        return ExitCodes.ALL_IMPORTED;
    }

    private SandboxOptions options() {
        SandboxOptions options = new SandboxOptions();
        options.host = host;
        options.port = port;
        options.merchantId = merchantId;
        options.merchantCertificate = merchantCertificate;
        options.wechatpayPrivateKey = wechatpayPrivateKey;
        options.wechatpayPublicKeyId = wechatpayPublicKeyId;
        options.platformCertificate = platformCertificate;
        options.platformPrivateKey = platformPrivateKey;
        options.apiV3Key = apiV3Key;
        options.keysDirectory = keysDirectory;
        if (cards != null) {
            options.cards.addAll(cards);
        }
        options.failRate = failRate;
        options.rateLimitQps = rateLimitQps;
        options.rateLimitRate = rateLimitRate;
        if (latency != null) {
            options.latency(latency);
        }
        options.dropRate = dropRate;
        options.badSignatureRate = badSignatureRate;
        options.probeSignatureRate = probeSignatureRate;
        options.seed = seed;
        return options;
    }
}
