package io.github.membercardopen.sandbox;

import com.wechat.pay.java.core.AbstractRSAConfig;
import com.wechat.pay.java.core.RSAAutoCertificateConfig;
import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.cipher.PrivacyEncryptor;
import com.wechat.pay.java.core.exception.ValidationException;
import com.wechat.pay.java.core.http.DefaultHttpClientBuilder;
import com.wechat.pay.java.core.http.HttpClient;
import com.wechat.pay.java.core.http.HttpHeaders;
import com.wechat.pay.java.core.http.HttpMethod;
import com.wechat.pay.java.core.http.HttpRequest;
import com.wechat.pay.java.core.http.JsonRequestBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The official wechatpay-java SDK, an independent client, against the sandbox, unmodified: it looks response
 * headers up case-sensitively, so this also proves the sandbox spells them as WeChat Pay does.
 */
class OfficialSdkInteropTest {
    private static HttpClient officialHttpClient(AbstractRSAConfig config) {
        return new DefaultHttpClientBuilder().config(config).build();
    }

    /** The import answer as the official SDK's Gson parses it. */
    static final class ImportAnswer {
        String code;
    }

    private static ImportAnswer importWith(HttpClient http, PrivacyEncryptor encryptor, WechatPaySandbox sandbox,
                                           String phone, String outRequestNo) {
        String body = "{\"encrypted_phone_number\":\"" + encryptor.encrypt(phone) + "\",\"out_request_no\":\""
                + outRequestNo + "\"}";
        HttpHeaders headers = new HttpHeaders();
        headers.addHeader("Accept", "application/json");
        headers.addHeader("Content-Type", "application/json");
        headers.addHeader("Wechatpay-Serial", encryptor.getWechatpaySerial());
        HttpRequest request = new HttpRequest.Builder()
                .httpMethod(HttpMethod.POST)
                .url(sandbox.baseUrl() + "v3/marketing/membercard-open/cards/" + WechatPaySandbox.SYSTEM_ALLOCATE_CARD
                        + "/phone-membercard/import")
                .headers(headers)
                .body(new JsonRequestBody.Builder().body(body).build())
                .build();
        return http.execute(request, ImportAnswer.class).getServiceResponse();
    }

    private static RSAPublicKeyConfig publicKeyConfig(ThrowawayCredentials keys) {
        return new RSAPublicKeyConfig.Builder()
                .merchantId(keys.merchantId())
                .privateKey(keys.merchantPrivateKey())
                .merchantSerialNumber(keys.merchantSerialNumber())
                .publicKeyId(keys.publicKeyId())
                .publicKey(keys.wechatpayPublicKey())
                .apiV3Key(keys.apiV3Key())
                .build();
    }

    @Test
    void officialClientImportsInPublicKeyMode() {
        ThrowawayCredentials keys = ThrowawayCredentials.generate("1900000020");
        try (WechatPaySandbox sandbox = WechatPaySandbox.builder().credentials(keys).start()) {
            AbstractRSAConfig config = publicKeyConfig(keys);
            HttpClient http = officialHttpClient(config);

            ImportAnswer answer = importWith(http, config.createEncryptor(), sandbox, "13500135000", "official-pk");

            assertEquals(sandbox.importedMember("official-pk").code(), answer.code);
            assertEquals("13500135000", sandbox.importedMember("official-pk").phoneNumber());
        }
    }

    @Test
    void officialClientRejectsAnswersWithABadSignature() {
        ThrowawayCredentials keys = ThrowawayCredentials.generate("1900000022");
        try (WechatPaySandbox sandbox = WechatPaySandbox.builder().credentials(keys).start()) {
            AbstractRSAConfig config = publicKeyConfig(keys);
            HttpClient http = officialHttpClient(config);
            sandbox.faults().badSignatureRate(1);

            assertThrows(ValidationException.class,
                    () -> importWith(http, config.createEncryptor(), sandbox, "13500135001", "official-badsig"));
            assertEquals(1, sandbox.faults().counts().badSignatures());
            assertNotNull(sandbox.importedMember("official-badsig"));
        }
    }

    /**
     * {@code RSAAutoCertificateConfig} downloads from a hard-wired host; an OkHttp interceptor given through
     * {@code httpClientBuilder} sends that download to the sandbox instead, unchanged otherwise.
     */
    @Test
    void officialClientDownloadsCertificatesAndImportsInCertificateMode() {
        ThrowawayCredentials keys = ThrowawayCredentials.generate("1900000021");
        try (WechatPaySandbox sandbox = WechatPaySandbox.builder()
                .merchant(keys.merchantId(), keys.merchantCertificate()).platformCertificates(keys).start()) {
            HttpUrl target = HttpUrl.get(sandbox.baseUrl());
            OkHttpClient toSandbox = new OkHttpClient.Builder()
                    .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                            .url(chain.request().url().newBuilder().scheme("http").host(target.host())
                                    .port(target.port()).build())
                            .build()))
                    .build();
            RSAAutoCertificateConfig config = new RSAAutoCertificateConfig.Builder()
                    .merchantId(keys.merchantId())
                    .privateKey(keys.merchantPrivateKey())
                    .merchantSerialNumber(keys.merchantSerialNumber())
                    .apiV3Key(keys.apiV3Key())
                    .httpClientBuilder(new DefaultHttpClientBuilder().okHttpClient(toSandbox))
                    .build();
            PrivacyEncryptor encryptor = config.createEncryptor();
            assertEquals(keys.platformCertificate().serialNumber(), encryptor.getWechatpaySerial());

            ImportAnswer answer = importWith(officialHttpClient(config), encryptor, sandbox,
                    "13500135002", "official-cert");
            assertEquals(sandbox.importedMember("official-cert").code(), answer.code);
        }
    }
}
