package io.github.membercardopen.bench;

import io.github.membercardopen.client.WechatPayClient;
import io.github.membercardopen.model.PhoneMembercardImportRequest;
import io.github.membercardopen.model.PhoneMembercardImportResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

/**
 * One {@code importPhoneMembercard} through our whole stack (Retrofit, Gson, field encryption, signing,
 * OkHttp, response verification and parsing), answered in process by {@link CannedWechatPay} instead of
 * the network. The canned answer is signed once; the client's clock is fixed at its timestamp so it
 * stays valid for the whole run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OurImportCallBenchmark {
    @Param({"JDK", "ACCP"})
    public BenchProvider provider;

    ImportFixture fixture;
    CannedWechatPay wechatpay;
    private WechatPayClient client;
    private PhoneMembercardImportRequest request;

    @Setup(Level.Trial)
    public void setUp() {
        fixture = new ImportFixture();
        Instant now = Instant.now();
        wechatpay = new CannedWechatPay(fixture.wechatpay.getPrivate(), ImportFixture.PUBLIC_KEY_ID)
                .signAt(now.getEpochSecond());
        client = WechatPayClient.builder()
                .merchantId(ImportFixture.MERCHANT_ID)
                .merchantSerialNumber(ImportFixture.MERCHANT_SERIAL)
                .merchantPrivateKey(fixture.merchant.getPrivate())
                .wechatpayPublicKey(ImportFixture.PUBLIC_KEY_ID, fixture.wechatpay.getPublic())
                .baseUrl(ImportFixture.BASE_URL)
                .cryptoProvider(provider.ours())
                .clock(Clock.fixed(now, ZoneOffset.UTC))
                .transport(wechatpay)
                .build();
        request = new PhoneMembercardImportRequest()
                .encryptedPhoneNumber(ImportFixture.PHONE)
                .outRequestNo(ImportFixture.OUT_REQUEST_NO);
    }

    @Benchmark
    public PhoneMembercardImportResponse importPhoneMembercard() {
        return client.membercardOpen().importPhoneMembercard(ImportFixture.CARD_ID, request);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        client.close();
    }
}
