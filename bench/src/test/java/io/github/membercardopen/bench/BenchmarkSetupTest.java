package io.github.membercardopen.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.crypto.Cipher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each benchmark's setup leads to a successful call, and the calls did the real work (a request signed
 * by the merchant key, a phone number only WeChat Pay's key decrypts), so no benchmark can quietly
 * measure an exception path or a shortcut.
 */
class BenchmarkSetupTest {
    private static final String BLACKHOLE_CONSENT =
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";

    @ParameterizedTest
    @EnumSource(BenchProvider.class)
    void floorSignsEncryptsAndVerifies(BenchProvider provider) throws Exception {
        CryptoFloorBenchmark floor = new CryptoFloorBenchmark();
        floor.provider = provider;
        floor.setUp();
        assertTrue(floor.signEncryptVerify(new Blackhole(BLACKHOLE_CONSENT)));
    }

    @ParameterizedTest
    @EnumSource(BenchProvider.class)
    void ourImportCallSucceedsSignedAndEncrypted(BenchProvider provider) throws Exception {
        OurImportCallBenchmark ours = new OurImportCallBenchmark();
        ours.provider = provider;
        ours.setUp();
        try {
            assertEquals(ImportFixture.RESPONSE_CODE, ours.importPhoneMembercard().getCode());
            assertSignedAndEncrypted(ours.wechatpay.lastRequest(), ours.fixture);
        } finally {
            ours.tearDown();
        }
    }

    @Test
    void officialSdkImportCallSucceedsSignedAndEncrypted() throws Exception {
        OfficialSdkImportCallBenchmark official = new OfficialSdkImportCallBenchmark();
        official.provider = BenchProvider.JDK;
        official.setUp();
        official.freshResponseSignature();
        assertEquals(ImportFixture.RESPONSE_CODE, official.importPhoneMembercard().getCode());
        assertSignedAndEncrypted(official.wechatpay.lastRequest(), official.fixture);
    }

    @Test
    void tableDividesByTheFloorOfTheSameProviderAndByTheOfficialSdk() {
        String table = BenchTable.render(List.of(
                new BenchTable.Row("CryptoFloor", "JDK", 1000, 10),
                new BenchTable.Row("CryptoFloor", "ACCP", 250, Double.NaN),
                new BenchTable.Row("OurImportCall", "ACCP", 300, 5),
                new BenchTable.Row("OfficialSdkImportCall", "JDK", 1200, 20)), "test");
        assertTrue(Pattern.compile("OurImportCall +ACCP +300\\.0 ± 5\\.0 +1\\.20 +0\\.25\n").matcher(table).find(), table);
        assertTrue(table.contains("250.0 ± n/a"), table);
    }

    private static void assertSignedAndEncrypted(Request request, ImportFixture fixture)
            throws IOException, GeneralSecurityException {
        assertEquals("POST", request.method());
        assertEquals(ImportFixture.PATH, request.url().encodedPath());
        assertEquals(ImportFixture.PUBLIC_KEY_ID, request.header("Wechatpay-Serial"));
        Buffer buffer = new Buffer();
        request.body().writeTo(buffer);
        String body = buffer.readUtf8();

        String authorization = request.header("Authorization");
        assertEquals(ImportFixture.MERCHANT_SERIAL, authorizationParameter(authorization, "serial_no"));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(fixture.merchant.getPublic());
        verifier.update(ImportFixture.requestMessage("POST", ImportFixture.PATH,
                Long.parseLong(authorizationParameter(authorization, "timestamp")),
                authorizationParameter(authorization, "nonce_str"), body).getBytes(StandardCharsets.UTF_8));
        assertTrue(verifier.verify(Base64.getDecoder().decode(authorizationParameter(authorization, "signature"))),
                "request signature");

        JsonObject json = JsonParser.parseString(body).getAsJsonObject();
        assertEquals(ImportFixture.OUT_REQUEST_NO, json.get("out_request_no").getAsString());
        Cipher cipher = Cipher.getInstance(CryptoFloorBenchmark.OAEP);
        cipher.init(Cipher.DECRYPT_MODE, fixture.wechatpay.getPrivate(), CryptoFloorBenchmark.OAEP_SHA1);
        byte[] phone = cipher.doFinal(Base64.getDecoder().decode(json.get("encrypted_phone_number").getAsString()));
        assertEquals(ImportFixture.PHONE, new String(phone, StandardCharsets.UTF_8));
    }

    /** One {@code key="value"} of the Authorization header; the two SDKs write them in different orders. */
    private static String authorizationParameter(String authorization, String key) {
        Matcher matcher = Pattern.compile("[ ,]" + key + "=\"([^\"]*)\"").matcher(authorization);
        assertTrue(matcher.find(), key + " in " + authorization);
        return matcher.group(1);
    }
}
