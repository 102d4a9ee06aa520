package io.github.membercardopen.bench;

import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.http.DefaultHttpClientBuilder;
import com.wechat.pay.java.core.http.HttpClient;
import io.github.membercardopen.auth.crypto.CryptoProvider;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Members per second through a real HTTP round trip to a sandbox in another JVM: our CLI (its own process,
 * no client-side cap, T calls in flight) and then the official SDK from T threads of this JVM, each into a
 * card of its own so nothing is already imported. A short CLI import warms the sandbox up first, so
 * neither client pays for the sandbox's JIT.
 */
final class EndToEndThroughput {
    private static final String WARM_UP = "pBenchWarmUp";
    private static final String OURS = "pBenchEndToEndOurs";
    private static final String OFFICIAL = "pBenchEndToEndOfficial";
    private static final double UNCAPPED = 1_000_000;

    private EndToEndThroughput() {
    }

    static List<BenchTable.Line> run(BenchAll.Settings settings) throws Exception {
        Path dir = settings.workDir("end-to-end");
        Path members = MemberFile.write(dir.resolve("members.csv"), settings.members());
        try (SandboxProcess sandbox = SandboxProcess.start(settings.cliJar(), dir, List.of(WARM_UP, OURS, OFFICIAL), 0)) {
            CliImport cli = new CliImport(settings.cliJar(), sandbox);
            cli.run(WARM_UP, MemberFile.write(dir.resolve("warm-up.csv"), Math.min(settings.members(), 2_000)),
                    dir.resolve("warm-up.db"), UNCAPPED, settings.threads(), List.of(), dir.resolve("warm-up.log"));
            double ours = cli.run(OURS, members, dir.resolve("ours.db"), UNCAPPED, settings.threads(), List.of(),
                    dir.resolve("ours.log")).callsPerSecond();
            double official = official(sandbox, settings.members(), settings.threads());
            String what = String.format(Locale.ROOT, "end-to-end, %,d members, %d in flight", settings.members(),
                    settings.threads());
            return List.of(
                    new BenchTable.Line(what + ": our CLI", providerLabel(CryptoProvider.auto().name()),
                            perSecond(ours), String.format(Locale.ROOT, "÷ official %.2f", ours / official),
                            "÷ official ≥ 2"),
                    new BenchTable.Line(what + ": official SDK", "JDK", perSecond(official), "-", "-"));
        }
    }

    /** The official SDK importing the same members from {@code threads} threads; members per second. */
    static double official(SandboxProcess sandbox, int members, int threads) throws Exception {
        RSAPublicKeyConfig config = new RSAPublicKeyConfig.Builder()
                .merchantId(sandbox.setting("merchant_id"))
                .merchantSerialNumber(sandbox.setting("merchant_serial_number"))
                .privateKeyFromPath(sandbox.keyFile("apiclient_key.pem").toString())
                .publicKeyId(sandbox.setting("wechatpay_public_key_id"))
                .publicKeyFromPath(sandbox.keyFile("pub_key.pem").toString())
                .build();
        HttpClient http = new DefaultHttpClientBuilder().config(config).build();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                // One encryptor per thread: the official one shares a single Cipher without locking, and
                // concurrent calls send garbled phones (the sandbox answers 400 PARAM_ERROR).
                OfficialSdkImport call =
                        new OfficialSdkImport(http, config.createEncryptor(), sandbox.baseUrl(), OFFICIAL);
                workers.add(pool.submit(() -> {
                    for (int member = next.getAndIncrement(); member < members; member = next.getAndIncrement()) {
                        call.importPhone(MemberFile.phone(member), "official" + member);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();   // the first failed call fails the row
            }
            return members * 1e9 / (System.nanoTime() - start);
        } finally {
            pool.shutdownNow();
        }
    }

    /** "ACCP" for the Amazon Corretto Crypto Provider, the provider's name otherwise. */
    static String providerLabel(String name) {
        return name.contains("Corretto") ? "ACCP" : name;
    }

    static String perSecond(double members) {
        return String.format(Locale.ROOT, "%,.0f members/s", members);
    }
}
