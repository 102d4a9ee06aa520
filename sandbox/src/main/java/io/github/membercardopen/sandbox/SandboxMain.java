package io.github.membercardopen.sandbox;

import io.github.membercardopen.error.ConfigurationException;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/** Runs a sandbox until the process is stopped; prints one line with its URL when ready. */
public final class SandboxMain {
    private static final int USAGE_ERROR = 2;

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (Arrays.asList(args).contains("--help")) {
            System.out.println(SandboxArguments.USAGE);
            return;
        }
        StandaloneSandbox standalone;
        try {
            standalone = StandaloneSandbox.start(SandboxArguments.parse(args));
        } catch (IllegalArgumentException | ConfigurationException e) {
            System.err.println("error: " + e.getMessage() + "\n\n" + SandboxArguments.USAGE);
            System.exit(USAGE_ERROR);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(standalone::close, "wechatpay-sandbox-shutdown"));
        System.out.println(standalone.readyLine());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
