package io.github.membercardopen.cli.importer;

import io.github.membercardopen.client.WechatPayClient;
import io.github.membercardopen.sandbox.CodeMode;
import io.github.membercardopen.sandbox.SandboxClients;
import io.github.membercardopen.sandbox.ThrowawayCredentials;
import io.github.membercardopen.sandbox.WechatPaySandbox;

import java.nio.charset.StandardCharsets;

/**
 * The in-process sandbox {@code import} uses when no credentials are configured: throwaway keys, the
 * requested card, nothing sent to WeChat Pay.
 */
public final class EmbeddedSandbox implements AutoCloseable {
    public static final String MERCHANT_ID = "1900000001";
    /** What the state file records as the endpoint: the port changes every run, the sandbox does not. */
    public static final String ENDPOINT = "embedded-sandbox";
    // Throwaway keys change every run, so out_request_nos are keyed with a fixed, public secret instead:
    // harmless, since nothing leaves this machine, and it keeps a re-run able to resume the state file.
    private static final byte[] OUT_REQUEST_NO_SECRET =
            "membercard-open embedded sandbox: not a secret".getBytes(StandardCharsets.US_ASCII);

    private final ThrowawayCredentials credentials = ThrowawayCredentials.generate(MERCHANT_ID);
    private final WechatPaySandbox sandbox;

    public EmbeddedSandbox(String cardId) {
        this.sandbox = WechatPaySandbox.builder().credentials(credentials).card(cardId, CodeMode.SYSTEM_ALLOCATE).start();
    }

    public String baseUrl() {
        return sandbox.baseUrl();
    }

    public WechatPayClient.Builder configure(WechatPayClient.Builder builder) {
        return SandboxClients.configure(builder, sandbox, credentials);
    }

    public byte[] outRequestNoSecret() {
        return OUT_REQUEST_NO_SECRET.clone();
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
