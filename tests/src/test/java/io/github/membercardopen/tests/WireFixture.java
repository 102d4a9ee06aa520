package io.github.membercardopen.tests;

import io.github.membercardopen.auth.crypto.CryptoProvider;
import io.github.membercardopen.auth.crypto.Sha256WithRsa;
import io.github.membercardopen.auth.signing.SigningMessages;
import io.github.membercardopen.client.WechatPayClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

import java.io.Closeable;
import java.io.IOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * One fake merchant and one fake WeChat Pay, keys generated at test time, and a MockWebServer standing
 * in for api.mch.weixin.qq.com. Builds clients pointed at it and responses signed like WeChat Pay's.
 */
final class WireFixture implements Closeable {
    static final String PUBLIC_KEY_ID = "PUB_KEY_ID_0119000000012026112600000000000001";

    final String merchantId;
    final String merchantSerial;
    final KeyPair merchant = rsa2048();
    final KeyPair wechatpay = rsa2048();
    final MockWebServer server = new MockWebServer();
    private final Sha256WithRsa rsa = new Sha256WithRsa(CryptoProvider.jdk());

    WireFixture(String merchantId) {
        this.merchantId = merchantId;
        this.merchantSerial = UUID.randomUUID().toString().replace("-", "").toUpperCase() + "ABCDEF01";
        try {
            server.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    WechatPayClient.Builder clientBuilder() {
        return WechatPayClient.builder()
                .merchantId(merchantId)
                .merchantSerialNumber(merchantSerial)
                .merchantPrivateKey(merchant.getPrivate())
                .wechatpayPublicKey(PUBLIC_KEY_ID, wechatpay.getPublic())
                .baseUrl(server.url("/").toString());
    }

    WechatPayClient client() {
        return clientBuilder().build();
    }

    /** A response signed now by the WeChat Pay key under {@link #PUBLIC_KEY_ID}. */
    MockResponse signed(int status, String body) {
        return signedAt(status, body, System.currentTimeMillis() / 1000, PUBLIC_KEY_ID);
    }

    MockResponse signedAt(int status, String body, long timestamp, String serial) {
        String nonce = UUID.randomUUID().toString().replace("-", "");
        String signature = rsa.sign(wechatpay.getPrivate(), SigningMessages.response(Long.toString(timestamp), nonce, body));
        return withSignature(status, body, timestamp, nonce, signature, serial);
    }

    static MockResponse withSignature(int status, String body, long timestamp, String nonce, String signature, String serial) {
        return new MockResponse().setResponseCode(status)
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .setHeader("Request-ID", "08F8B1A1B10610D0" + status)
                .setHeader("Wechatpay-Timestamp", Long.toString(timestamp))
                .setHeader("Wechatpay-Nonce", nonce)
                .setHeader("Wechatpay-Signature", signature)
                .setHeader("Wechatpay-Serial", serial)
                .setHeader("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048")
                .setBody(body);
    }

    /** An error answer as WeChat Pay often sends them: unsigned. */
    static MockResponse unsignedError(int status, String code, String message) {
        return new MockResponse().setResponseCode(status)
                .setHeader("Content-Type", "application/json")
                .setHeader("Request-ID", "08F8B1A1B10610D0ERR")
                .setBody("{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}");
    }

    static KeyPair rsa2048() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
