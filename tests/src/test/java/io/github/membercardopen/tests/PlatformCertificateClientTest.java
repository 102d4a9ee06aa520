package io.github.membercardopen.tests;

import com.google.gson.JsonParser;
import io.github.membercardopen.auth.crypto.CryptoProvider;
import io.github.membercardopen.auth.crypto.RsaOaep;
import io.github.membercardopen.auth.testing.PlatformKey;
import io.github.membercardopen.auth.testing.TestClock;
import io.github.membercardopen.auth.trust.EncryptionKeyChoice;
import io.github.membercardopen.client.WechatPayClient;
import io.github.membercardopen.error.ConfigurationException;
import io.github.membercardopen.error.PlatformCertificateException;
import io.github.membercardopen.error.ResponseVerificationException;
import io.github.membercardopen.model.PhoneMembercardImportRequest;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated client in certificate and mixed mode, against a fake WeChat Pay on MockWebServer. */
class PlatformCertificateClientTest {
    private static final String API_V3_KEY = "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb";
    private static final String MERCHANT_ID = "1900000001";
    private static final String PUBLIC_KEY_ID = "PUB_KEY_ID_0119000000012024052000123400000000";
    private static final String PHONE = "13800138000";

    private final TestClock clock = new TestClock(Instant.now());
    private final PlatformKey merchant = key("01", Duration.ofDays(3650));
    private final PlatformKey current = key("3A0F5C0D6E1A7B2C", Duration.ofDays(30));
    private final PlatformKey newer = key("4B10AC3E5F6D7E8F", Duration.ofDays(1800));
    private final FakeCertificateServer wechatPay = new FakeCertificateServer(API_V3_KEY, clock);
    private final MockWebServer server = new MockWebServer();
    private final List<WechatPayClient> clients = new ArrayList<>();

    private PlatformKey key(String id, Duration validFor) {
        Instant now = clock.instant();
        return PlatformKey.create(id, now.minus(Duration.ofDays(1)), now.plus(validFor));
    }

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(wechatPay);
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        clients.forEach(WechatPayClient::close);
        server.shutdown();
    }

    private WechatPayClient.Builder builder() {
        return WechatPayClient.builder()
                .merchantId(MERCHANT_ID)
                .merchantSerialNumber("1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C")
                .merchantPrivateKey(merchant.privateKey())
                .baseUrl(server.url("/").toString())
                .clock(clock);
    }

    private WechatPayClient build(WechatPayClient.Builder builder) {
        WechatPayClient client = builder.build();
        clients.add(client);
        return client;
    }

    private static String importMember(WechatPayClient client) {
        return client.membercardOpen().importPhoneMembercard("pY7sZ5", new PhoneMembercardImportRequest()
                .encryptedPhoneNumber(PHONE).outRequestNo("req-" + System.nanoTime())).getCode();
    }

    /** The last import request, after skipping downloads. */
    private RecordedRequest lastImport() throws InterruptedException {
        RecordedRequest request;
        RecordedRequest last = null;
        while ((request = server.takeRequest(0, TimeUnit.MILLISECONDS)) != null) {
            if (request.getPath().contains("/phone-membercard/import")) {
                last = request;
            }
        }
        return last;
    }

    @Test
    void certificateModeBootstrapsThroughTheGeneratedApiAndEncryptsWithTheNewestCertificate() throws Exception {
        wechatPay.serve(newer, current);
        wechatPay.answerSigner = current;

        WechatPayClient client = build(builder().apiV3Key(" " + API_V3_KEY + "\n"));

        RecordedRequest download = server.takeRequest();
        assertEquals("/v3/certificates", download.getPath());
        assertNull(download.getHeader("Wechatpay-Serial"), "no key is known before the first download");
        assertEquals(FakeCertificateServer.IMPORTED_CODE, importMember(client));
        RecordedRequest imported = lastImport();
        assertEquals(newer.serial(), imported.getHeader("Wechatpay-Serial"));
        String ciphertext = JsonParser.parseString(imported.getBody().readUtf8()).getAsJsonObject()
                .get("encrypted_phone_number").getAsString();
        assertEquals(PHONE, new RsaOaep(CryptoProvider.jdk()).decrypt(newer.privateKey(), ciphertext));
    }

    @Test
    void badDownloadSignatureFailsBuild() {
        wechatPay.serve(current);
        wechatPay.downloadSigner = newer;

        PlatformCertificateException e = assertThrows(PlatformCertificateException.class,
                () -> build(builder().apiV3Key(API_V3_KEY)));
        assertInstanceOf(ResponseVerificationException.class, e.getCause());
        assertTrue(e.getMessage().contains(newer.serial()), e.getMessage());
    }

    @Test
    void wrongApiV3KeyFailsBuildSayingSo() {
        wechatPay.serve(current);

        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> build(builder().apiV3Key("b7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb")));
        assertTrue(e.getMessage().startsWith("the APIv3 key does not decrypt the certificates"), e.getMessage());
    }

    @Test
    void merchantWithoutCertificatesIsToldToConfigureThePublicKey() {
        wechatPay.downloadFailure = FakeCertificateServer.noCertificates();

        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> build(builder().apiV3Key(API_V3_KEY)));
        assertTrue(e.getMessage().contains("configure the WeChat Pay public key (PUB_KEY_ID_"), e.getMessage());
    }

    @Test
    void mixedModeOnlyWarnsWhenTheMerchantHasNoCertificates() throws Exception {
        PlatformKey publicKey = key(PUBLIC_KEY_ID, Duration.ofDays(3650));
        wechatPay.downloadFailure = FakeCertificateServer.noCertificates();
        wechatPay.answerSigner = publicKey;

        WechatPayClient client = build(builder().apiV3Key(API_V3_KEY)
                .wechatpayPublicKeyFromPem(PUBLIC_KEY_ID, publicKey.publicKeyPem()));

        assertEquals(FakeCertificateServer.IMPORTED_CODE, importMember(client));
        assertEquals(PUBLIC_KEY_ID, lastImport().getHeader("Wechatpay-Serial"));
    }

    @Test
    void mixedModeAcceptsAnswersSignedByEitherKeyAndEncryptsWithTheChosenOne() throws Exception {
        PlatformKey publicKey = key(PUBLIC_KEY_ID, Duration.ofDays(3650));
        wechatPay.serve(current);
        WechatPayClient byPublicKey = build(builder().apiV3Key(API_V3_KEY)
                .wechatpayPublicKeyFromPem(PUBLIC_KEY_ID, publicKey.publicKeyPem()));
        WechatPayClient byCertificate = build(builder().apiV3Key(API_V3_KEY)
                .wechatpayPublicKeyFromPem(PUBLIC_KEY_ID, publicKey.publicKeyPem())
                .encryptWith(EncryptionKeyChoice.PLATFORM_CERTIFICATE));

        for (PlatformKey signer : List.of(publicKey, current)) {
            wechatPay.answerSigner = signer;
            assertEquals(FakeCertificateServer.IMPORTED_CODE, importMember(byPublicKey));
            assertEquals(PUBLIC_KEY_ID, lastImport().getHeader("Wechatpay-Serial"));
            assertEquals(FakeCertificateServer.IMPORTED_CODE, importMember(byCertificate));
            assertEquals(current.serial(), lastImport().getHeader("Wechatpay-Serial"));
        }
    }

    @Test
    void answerSignedByAnUnknownSerialRefreshesTheCertificatesOnce() {
        wechatPay.serve(current);
        WechatPayClient client = build(builder().apiV3Key(API_V3_KEY));

        wechatPay.serve(current, newer);
        wechatPay.answerSigner = newer;
        assertEquals(FakeCertificateServer.IMPORTED_CODE, importMember(client));
        assertEquals(2, wechatPay.downloads.get());

        PlatformKey stranger = key("5C", Duration.ofDays(30));
        wechatPay.answerSigner = stranger;
        ResponseVerificationException e = assertThrows(ResponseVerificationException.class, () -> importMember(client));
        assertTrue(e.getMessage().contains("5C"), e.getMessage());
        assertEquals(2, wechatPay.downloads.get(), "at most one refresh a minute for unknown serials");
    }

    @Test
    void failingScheduledRefreshKeepsTheCertificatesItHas() throws Exception {
        wechatPay.serve(current);
        wechatPay.answerSigner = current;
        WechatPayClient client = build(builder().apiV3Key(API_V3_KEY).certificateRefreshInterval(Duration.ofMillis(50)));

        wechatPay.downloadFailure = new MockResponse().setResponseCode(500)
                .setBody("{\"code\":\"SYSTEM_ERROR\",\"message\":\"系统错误\"}");
        awaitDownloads(3);

        assertEquals(FakeCertificateServer.IMPORTED_CODE, importMember(client));
    }

    @Test
    void callsDuringRefreshesAllSucceed() throws Exception {
        wechatPay.serve(current, newer);
        wechatPay.answerSigner = current;
        WechatPayClient client = build(builder().apiV3Key(API_V3_KEY).certificateRefreshInterval(Duration.ofMillis(20)));
        wechatPay.downloadDelay = Duration.ofMillis(100);

        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                results.add(callers.submit(() -> importMember(client)));
            }
            for (Future<String> result : results) {
                assertEquals(FakeCertificateServer.IMPORTED_CODE, result.get(30, TimeUnit.SECONDS));
            }
        } finally {
            callers.shutdownNow();
        }
        assertTrue(wechatPay.downloads.get() > 1, "refreshes ran meanwhile");
    }

    @Test
    void closeStopsTheMerchantsRefresherThread() throws Exception {
        wechatPay.serve(current);
        WechatPayClient client = build(builder().apiV3Key(API_V3_KEY));
        String name = "membercard-open-certificates-" + MERCHANT_ID;
        assertTrue(refresherAlive(name));

        client.close();
        for (int i = 0; i < 100 && refresherAlive(name); i++) {
            Thread.sleep(20);
        }
        assertFalse(refresherAlive(name));
    }

    private static boolean refresherAlive(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals(name) && thread.isAlive() && thread.isDaemon());
    }

    private void awaitDownloads(int count) throws InterruptedException {
        for (int i = 0; i < 200 && wechatPay.downloads.get() < count; i++) {
            Thread.sleep(10);
        }
        assertTrue(wechatPay.downloads.get() >= count, "the refresher ran");
    }
}
