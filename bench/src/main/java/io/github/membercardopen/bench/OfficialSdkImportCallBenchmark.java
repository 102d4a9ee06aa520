package io.github.membercardopen.bench;

import com.google.gson.annotations.SerializedName;
import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.cipher.PrivacyEncryptor;
import com.wechat.pay.java.core.http.Constant;
import com.wechat.pay.java.core.http.DefaultHttpClientBuilder;
import com.wechat.pay.java.core.http.HttpClient;
import com.wechat.pay.java.core.http.HttpHeaders;
import com.wechat.pay.java.core.http.HttpMethod;
import com.wechat.pay.java.core.http.HttpRequest;
import com.wechat.pay.java.core.http.JsonRequestBody;
import com.wechat.pay.java.core.http.MediaType;
import com.wechat.pay.java.core.http.UrlEncoder;
import com.wechat.pay.java.core.util.GsonUtil;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The same import with the official SDK (wechatpay-java 0.2.17), written the way its generated services
 * write a call: encrypt the field with its {@link PrivacyEncryptor}, POST the JSON with
 * {@code Wechatpay-Serial}, let its validator verify the answer, parse it with its Gson. It always uses
 * the JDK's providers (it has no provider setting), hence the single {@code JDK} parameter.
 * <p>
 * Its validator judges the response timestamp against the real clock (5 minutes), so the canned answer
 * is re-signed before every iteration, outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OfficialSdkImportCallBenchmark {
    private static final String URL =
            ImportFixture.BASE_URL + "v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import";

    @Param({"JDK"})
    public BenchProvider provider;

    ImportFixture fixture;
    CannedWechatPay wechatpay;
    private HttpClient http;
    private PrivacyEncryptor encryptor;

    @Setup(Level.Trial)
    public void setUp() {
        if (provider != BenchProvider.JDK) {
            throw new IllegalArgumentException("the official SDK has no provider setting; it always uses the JDK's");
        }
        fixture = new ImportFixture();
        wechatpay = new CannedWechatPay(fixture.wechatpay.getPrivate(), ImportFixture.PUBLIC_KEY_ID);
        RSAPublicKeyConfig config = new RSAPublicKeyConfig.Builder()
                .merchantId(ImportFixture.MERCHANT_ID)
                .merchantSerialNumber(ImportFixture.MERCHANT_SERIAL)
                .privateKey(fixture.merchant.getPrivate())
                .publicKeyId(ImportFixture.PUBLIC_KEY_ID)
                .publicKey(fixture.wechatpay.getPublic())
                .build();
        http = new DefaultHttpClientBuilder()
                .config(config)
                .okHttpClient(new OkHttpClient.Builder().addInterceptor(wechatpay).build())
                .build();
        encryptor = config.createEncryptor();
    }

    @Setup(Level.Iteration)
    public void freshResponseSignature() {
        wechatpay.signAt(Instant.now().getEpochSecond());
    }

    @Benchmark
    public ImportResponse importPhoneMembercard() {
        ImportRequest encrypted = new ImportRequest(encryptor.encrypt(ImportFixture.PHONE), ImportFixture.OUT_REQUEST_NO);
        HttpHeaders headers = new HttpHeaders();
        headers.addHeader(Constant.ACCEPT, MediaType.APPLICATION_JSON.getValue());
        headers.addHeader(Constant.CONTENT_TYPE, MediaType.APPLICATION_JSON.getValue());
        headers.addHeader(Constant.WECHAT_PAY_SERIAL, encryptor.getWechatpaySerial());
        HttpRequest request = new HttpRequest.Builder()
                .httpMethod(HttpMethod.POST)
                .url(URL.replace("{card_id}", UrlEncoder.urlEncode(ImportFixture.CARD_ID)))
                .headers(headers)
                .body(new JsonRequestBody.Builder().body(GsonUtil.toJson(encrypted)).build())
                .build();
        return http.execute(request, ImportResponse.class).getServiceResponse();
    }

    /** The request model as the official SDK's generated code would have it. */
    static final class ImportRequest {
        @SerializedName("encrypted_phone_number")
        final String encryptedPhoneNumber;
        @SerializedName("out_request_no")
        final String outRequestNo;

        ImportRequest(String encryptedPhoneNumber, String outRequestNo) {
            this.encryptedPhoneNumber = encryptedPhoneNumber;
            this.outRequestNo = outRequestNo;
        }
    }

    /** The response model, parsed by the official SDK's Gson. */
    public static final class ImportResponse {
        @SerializedName("code")
        String code;

        public String getCode() {
            return code;
        }
    }
}
