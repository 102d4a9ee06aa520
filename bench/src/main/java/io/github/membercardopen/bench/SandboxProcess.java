package io.github.membercardopen.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * {@code membercard sandbox} in its own JVM, so its work never shares a heap or a JIT with the client being
 * measured. It generates throwaway keys into {@code <dir>/keys}; {@link #credentialArgs()} points a CLI
 * import at it, and {@link #keyFile}/{@link #setting} give the same keys to the official SDK.
 */
final class SandboxProcess implements AutoCloseable {
    private static final String READY = "sandbox ready at ";

    private final ChildProcess process;
    private final Path keys;
    private final Properties settings = new Properties();
    private final String baseUrl;

    private SandboxProcess(ChildProcess process, Path keys, String readyLine) {
        this.process = process;
        this.keys = keys;
        String rest = readyLine.substring(READY.length());
        this.baseUrl = rest.substring(0, rest.indexOf(' '));
        try (Reader reader = Files.newBufferedReader(keys.resolve("sandbox.properties"))) {
            settings.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a sandbox knowing {@code cards}; {@code rateLimitQps} 0 means no cap. */
    static SandboxProcess start(Path cliJar, Path dir, List<String> cards, double rateLimitQps)
            throws InterruptedException {
        Path keys = dir.resolve("keys");
        List<String> command = new ArrayList<>(List.of(ChildProcess.java(), "-jar", cliJar.toString(), "sandbox",
                "--keys-dir", keys.toString(), "--rate-limit-qps", Double.toString(rateLimitQps)));
        for (String card : cards) {
            command.add("--card");
            command.add(card);
        }
        ChildProcess process = ChildProcess.start(command, dir.resolve("sandbox.log"));
        try {
            return new SandboxProcess(process, keys, process.awaitLine(READY, Duration.ofMinutes(2)));
        } catch (RuntimeException | InterruptedException e) {
            process.close();
            throw e;
        }
    }

    /** Ends with a slash. */
    String baseUrl() {
        return baseUrl;
    }

    /** A value of the generated {@code sandbox.properties}, such as {@code merchant_id}. */
    String setting(String name) {
        return settings.getProperty(name);
    }

    /** A generated key file, such as {@code apiclient_key.pem}. */
    Path keyFile(String name) {
        return keys.resolve(name);
    }

    /** The CLI's merchant and target flags for this sandbox. */
    List<String> credentialArgs() {
        return List.of("--mchid", setting("merchant_id"),
                "--merchant-serial", setting("merchant_serial_number"),
                "--merchant-key", keyFile("apiclient_key.pem").toString(),
                "--wechatpay-public-key-id", setting("wechatpay_public_key_id"),
                "--wechatpay-public-key", keyFile("pub_key.pem").toString(),
                "--base-url", baseUrl);
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
