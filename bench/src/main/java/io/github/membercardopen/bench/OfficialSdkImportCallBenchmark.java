package io.github.membercardopen.bench;

import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.http.DefaultHttpClientBuilder;
import com.wechat.pay.java.core.http.HttpClient;
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
 * The same import with the official SDK (wechatpay-java 0.2.17), as {@link OfficialSdkImport} writes it. It
 * always uses the JDK's providers (it has no provider setting), hence the single {@code JDK} parameter.
 * <p>
 * Its validator judges the response timestamp against the real clock (5 minutes), so the canned answer
 * is re-signed before every iteration, outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OfficialSdkImportCallBenchmark {
    @Param({"JDK"})
    public BenchProvider provider;

    ImportFixture fixture;
    CannedWechatPay wechatpay;
    private OfficialSdkImport call;

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
        HttpClient http = new DefaultHttpClientBuilder()
                .config(config)
                .okHttpClient(new OkHttpClient.Builder().addInterceptor(wechatpay).build())
                .build();
        call = new OfficialSdkImport(http, config.createEncryptor(), ImportFixture.BASE_URL, ImportFixture.CARD_ID);
    }

    @Setup(Level.Iteration)
    public void freshResponseSignature() {
        wechatpay.signAt(Instant.now().getEpochSecond());
    }

    @Benchmark
    public OfficialSdkImport.ImportResponse importPhoneMembercard() {
        return call.importPhone(ImportFixture.PHONE, ImportFixture.OUT_REQUEST_NO);
    }
}
