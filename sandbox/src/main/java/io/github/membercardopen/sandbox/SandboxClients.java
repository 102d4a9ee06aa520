package io.github.membercardopen.sandbox;

import io.github.membercardopen.client.WechatPayClient;

/** Builds our {@link WechatPayClient} for a sandbox, in public-key mode. */
public final class SandboxClients {
    private SandboxClients() {
    }

    /** A client builder pointed at {@code sandbox} with {@code credentials}; adjust it (clock, OkHttp) and build. */
    public static WechatPayClient.Builder builder(WechatPaySandbox sandbox, ThrowawayCredentials credentials) {
        return configure(WechatPayClient.builder(), sandbox, credentials);
    }

    /** Points an existing builder (with its own timeouts or OkHttp client) at {@code sandbox}. */
    public static WechatPayClient.Builder configure(WechatPayClient.Builder builder, WechatPaySandbox sandbox,
                                                   ThrowawayCredentials credentials) {
        return builder
                .merchantId(credentials.merchantId())
                .merchantSerialNumber(credentials.merchantSerialNumber())
                .merchantPrivateKey(credentials.merchantPrivateKey())
                .wechatpayPublicKey(credentials.publicKeyId(), credentials.wechatpayPublicKey())
                .baseUrl(sandbox.baseUrl());
    }
}
