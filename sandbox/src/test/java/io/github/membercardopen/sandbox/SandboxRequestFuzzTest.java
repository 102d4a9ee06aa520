package io.github.membercardopen.sandbox;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.membercardopen.auth.crypto.CryptoProvider;
import io.github.membercardopen.auth.crypto.Nonces;
import io.github.membercardopen.auth.crypto.RsaOaep;
import io.github.membercardopen.auth.crypto.Sha256WithRsa;
import io.github.membercardopen.auth.signing.RequestSigner;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.internal.http.HttpMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzed method, path, {@code Authorization}, {@code Wechatpay-Serial} and body, sent over HTTP to a running
 * sandbox: every request gets a signed answer in WeChat Pay's format, never a 500 (which the sandbox sends
 * only when a handler threw something unexpected, as no faults are set here), a dropped connection or a hang;
 * only a request target that is not a valid URI path is refused before the handler, with a plain 400.
 * Flags let the fuzzer sign the request and encrypt the phone properly, so it also gets past authentication
 * into the import handler. Without {@code JAZZER_FUZZ=1} this replays {@code SandboxRequestFuzzTestInputs/}.
 */
class SandboxRequestFuzzTest {
    private static final String[] METHODS = {"POST", "GET", "PUT", "DELETE", "PATCH", "OPTIONS"};
    private static final String[] PATH_PREFIXES = {
        "v3/marketing/membercard-open/cards/" + WechatPaySandbox.SYSTEM_ALLOCATE_CARD + "/phone-membercard/import",
        "v3/marketing/membercard-open/cards/", "v3/certificates", ""};
    private static final MediaType JSON = MediaType.get("application/json");

    private static ThrowawayCredentials credentials;
    private static WechatPaySandbox sandbox;
    private static RequestSigner signer;
    private static RsaOaep rsaOaep;
    private static OkHttpClient http;

    @BeforeAll
    static void start() {
        credentials = ThrowawayCredentials.generate("1900000001");
        sandbox = WechatPaySandbox.builder().credentials(credentials).start();
        signer = new RequestSigner(credentials.merchantId(), credentials.merchantSerialNumber(),
                credentials.merchantPrivateKey(), new Sha256WithRsa(CryptoProvider.jdk()), new Nonces(),
                Clock.systemUTC());
        rsaOaep = new RsaOaep(CryptoProvider.jdk());
        http = new OkHttpClient.Builder().retryOnConnectionFailure(false).callTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void answersEveryRequestWithASignedWechatPayAnswer(FuzzedDataProvider data) throws IOException {
        String method = data.pickValue(METHODS);
        HttpUrl url = HttpUrl.get(sandbox.baseUrl()).newBuilder()
                .encodedPath("/" + data.pickValue(PATH_PREFIXES) + data.consumeString(80))
                .build();
        boolean signed = data.consumeBoolean();
        String authorization = headerSafe(data.consumeString(300));
        String serial = data.consumeBoolean() ? credentials.publicKeyId() : headerSafe(data.consumeString(80));
        String body = HttpMethod.permitsRequestBody(method) ? body(data) : "";

        Headers.Builder headers = new Headers.Builder()
                .addUnsafeNonAscii("Wechatpay-Serial", serial)
                .addUnsafeNonAscii("Authorization",
                        signed ? signer.sign(method, url.encodedPath(), body).authorization() : authorization);
        Request request = new Request.Builder().url(url).headers(headers.build())
                .method(method, HttpMethod.permitsRequestBody(method) ? RequestBody.create(body, JSON) : null)
                .build();

        // Talking to the sandbox is the point: tell Jazzer's SSRF detector that its port is expected.
        try (SilentCloseable sandboxOnly = BugDetectors.allowNetworkConnections((host, port) -> port == sandbox.port());
             Response response = http.newCall(request).execute()) {
            String answer = response.body().string();
            if (response.header("Request-ID") == null) {
                // The transport refused it before the sandbox saw it: a target that is not a valid URI path.
                assertEquals(400, response.code(), () -> method + " " + url + ": " + answer);
                return;
            }
            assertNotEquals(500, response.code(), answer);
            assertNotNull(response.header("Wechatpay-Signature"), () -> "unsigned " + response.code() + " " + answer);
            JsonObject json = JsonParser.parseString(answer).getAsJsonObject();
            if (response.code() != 200) {
                assertTrue(json.has("code") && json.has("message"), answer);
            } else {
                assertEquals("POST", method);
            }
        }
    }

    /** Either any text, or an import body whose fields are fuzzed and whose phone may be properly encrypted. */
    private static String body(FuzzedDataProvider data) {
        if (data.consumeBoolean()) {
            return data.consumeString(2000);
        }
        JsonObject json = new JsonObject();
        String phone = data.consumeString(40);
        json.addProperty("encrypted_phone_number", data.consumeBoolean()
                ? rsaOaep.encrypt(credentials.wechatpayPublicKey(), "phone", phone) : phone);
        json.addProperty("out_request_no", data.consumeString(40));
        if (data.consumeBoolean()) {
            json.addProperty("code", data.consumeString(40));
        }
        return json.toString();
    }

    /** A header line cannot carry a line break; OkHttp would refuse it before the sandbox saw anything. */
    private static String headerSafe(String value) {
        return value.replace('\r', ' ').replace('\n', ' ');
    }
}
