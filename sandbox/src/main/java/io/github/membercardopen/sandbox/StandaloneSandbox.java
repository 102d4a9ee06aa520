package io.github.membercardopen.sandbox;

import io.github.membercardopen.auth.keys.KeyLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A sandbox started from {@link SandboxOptions}: loads the given key files, or generates throwaway keys
 * and writes them where a client can read them, then applies the cards and faults.
 */
public final class StandaloneSandbox implements AutoCloseable {
    private final WechatPaySandbox sandbox;
    private final Path keysDirectory;

    private StandaloneSandbox(WechatPaySandbox sandbox, Path keysDirectory) {
        this.sandbox = sandbox;
        this.keysDirectory = keysDirectory;
    }

    /** Throws {@link IllegalArgumentException} when the options are incomplete. */
    public static StandaloneSandbox start(SandboxOptions options) {
        WechatPaySandbox.Builder builder = WechatPaySandbox.builder().host(options.host).port(options.port);
        Path keysDirectory = null;
        if (options.hasKeyFiles()) {
            configureKeyFiles(builder, options);
        } else {
            ThrowawayCredentials credentials = ThrowawayCredentials.generate(options.merchantId);
            keysDirectory = directory(options.keysDirectory);
            credentials.writeTo(keysDirectory);
            builder.credentials(credentials);
        }
        for (String card : options.cards) {
            builder.card(SandboxOptions.cardId(card), SandboxOptions.cardMode(card));
        }
        if (options.seed != null) {
            builder.seed(options.seed);
        }
        WechatPaySandbox sandbox;
        try {
            sandbox = builder.start();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        sandbox.faults().failRate(options.failRate).rateLimitQps(options.rateLimitQps)
                .rateLimitRate(options.rateLimitRate).latency(options.minLatency, options.maxLatency)
                .dropRate(options.dropRate).badSignatureRate(options.badSignatureRate)
                .probeSignatureRate(options.probeSignatureRate);
        return new StandaloneSandbox(sandbox, keysDirectory);
    }

    private static void configureKeyFiles(WechatPaySandbox.Builder builder, SandboxOptions options) {
        if (options.merchantCertificate == null) {
            throw new IllegalArgumentException("--merchant-certificate is required with key files");
        }
        builder.merchant(options.merchantId, KeyLoader.certificate(options.merchantCertificate));
        if (options.wechatpayPrivateKey != null) {
            if (options.wechatpayPublicKeyId == null) {
                throw new IllegalArgumentException("--wechatpay-private-key needs --wechatpay-public-key-id");
            }
            builder.wechatpayKey(options.wechatpayPublicKeyId, KeyLoader.privateKey(options.wechatpayPrivateKey));
        }
        if (options.platformCertificate != null || options.platformPrivateKey != null) {
            if (options.platformCertificate == null || options.platformPrivateKey == null || options.apiV3Key == null) {
                throw new IllegalArgumentException("certificate mode needs --platform-certificate, "
                        + "--platform-private-key and --api-v3-key");
            }
            builder.platformCertificate(KeyLoader.certificate(options.platformCertificate),
                    KeyLoader.privateKey(options.platformPrivateKey)).apiV3Key(options.apiV3Key);
        }
    }

    private static Path directory(Path requested) {
        try {
            return requested == null ? Files.createTempDirectory("wechatpay-sandbox-keys")
                    : Files.createDirectories(requested);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the keys directory", e);
        }
    }

    public WechatPaySandbox sandbox() {
        return sandbox;
    }

    /** Where generated keys were written, or {@code null} when key files were given. */
    public Path keysDirectory() {
        return keysDirectory;
    }

    /** The one line printed when ready: URL, key ids and, for generated keys, where they are. */
    public String readyLine() {
        String line = sandbox.describe();
        return keysDirectory == null ? line
                : line.substring(0, line.length() - 1) + ", keys in " + keysDirectory + ")";
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
