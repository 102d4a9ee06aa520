package io.github.membercardopen.tests;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.membercardopen.auth.testing.PlatformKey;
import io.github.membercardopen.auth.trust.EncryptedCertificateEntry;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Just enough of WeChat Pay for certificate tests: {@code GET /v3/certificates} lists the served
 * certificates encrypted with the APIv3 key, and the member-card import answers {@code {"code":...}};
 * each answer is signed by the key a test chooses.
 */
final class FakeCertificateServer extends Dispatcher {
    static final String IMPORTED_CODE = "478515832665";

    private final String apiV3Key;
    private final Clock clock;
    final AtomicInteger downloads = new AtomicInteger();
    volatile List<PlatformKey> served = List.of();
    volatile PlatformKey downloadSigner;
    volatile PlatformKey answerSigner;
    volatile MockResponse downloadFailure;
    volatile Duration downloadDelay = Duration.ZERO;

    FakeCertificateServer(String apiV3Key, Clock clock) {
        this.apiV3Key = apiV3Key;
        this.clock = clock;
    }

    /** Serves {@code certificates}, the download signed by the first of them. */
    void serve(PlatformKey... certificates) {
        served = Arrays.asList(certificates);
        downloadSigner = certificates[0];
    }

    static MockResponse noCertificates() {
        return new MockResponse().setResponseCode(404)
                .setBody("{\"code\":\"NOT_FOUND\",\"message\":\"无可用的平台证书，请在商户平台-API安全申请使用微信支付公钥\"}");
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        if (request.getPath().startsWith("/v3/certificates")) {
            downloads.incrementAndGet();
            MockResponse failure = downloadFailure;
            if (failure != null) {
                return failure;
            }
            return signed(listing(), downloadSigner)
                    .setBodyDelay(downloadDelay.toMillis(), TimeUnit.MILLISECONDS);
        }
        return signed("{\"code\":\"" + IMPORTED_CODE + "\"}", answerSigner);
    }

    private String listing() {
        JsonArray data = new JsonArray();
        for (PlatformKey key : served) {
            EncryptedCertificateEntry entry = key.encryptedEntry(apiV3Key);
            JsonObject encrypted = new JsonObject();
            encrypted.addProperty("algorithm", entry.algorithm());
            encrypted.addProperty("nonce", entry.nonce());
            encrypted.addProperty("associated_data", entry.associatedData());
            encrypted.addProperty("ciphertext", entry.ciphertext());
            JsonObject item = new JsonObject();
            item.addProperty("serial_no", entry.serialNo());
            item.add("encrypt_certificate", encrypted);
            data.add(item);
        }
        JsonObject body = new JsonObject();
        body.add("data", data);
        return body.toString();
    }

    private MockResponse signed(String body, PlatformKey signer) {
        String timestamp = Long.toString(clock.millis() / 1000);
        String nonce = "nonce" + System.nanoTime();
        return new MockResponse().setResponseCode(200)
                .setHeader("Content-Type", "application/json")
                .setHeader("Wechatpay-Timestamp", timestamp)
                .setHeader("Wechatpay-Nonce", nonce)
                .setHeader("Wechatpay-Serial", signer.serial())
                .setHeader("Wechatpay-Signature", signer.sign(timestamp, nonce, body))
                .setHeader("Request-ID", "test-" + System.nanoTime())
                .setBody(body);
    }
}
