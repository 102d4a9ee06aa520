package io.github.membercardopen.tests;

import io.github.membercardopen.auth.crypto.CryptoProvider;
import io.github.membercardopen.auth.crypto.RsaOaep;
import io.github.membercardopen.auth.signing.AuthorizationHeader;
import io.github.membercardopen.client.WechatPayClient;
import io.github.membercardopen.model.PhoneMembercardImportRequest;
import io.github.membercardopen.model.PhoneMembercardImportResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two merchants in one JVM, used concurrently, each with its own keys: no shared registry to clash in. */
class TwoMerchantsTest {
    private static final int CALLS = 20;

    @Test
    void eachClientSignsAndEncryptsWithItsOwnKeys() throws Exception {
        try (WireFixture first = new WireFixture("1900000011"); WireFixture second = new WireFixture("1900000022");
             WechatPayClient a = first.client(); WechatPayClient b = second.client()) {
            for (int i = 0; i < CALLS; i++) {
                first.server.enqueue(first.signed(200, "{\"code\":\"A\"}"));
                second.server.enqueue(second.signed(200, "{\"code\":\"B\"}"));
            }
            List<CompletableFuture<PhoneMembercardImportResponse>> calls = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                calls.add(a.membercardOpen().importPhoneMembercardAsync("card", request(i)));
                calls.add(b.membercardOpen().importPhoneMembercardAsync("card", request(i)));
            }
            for (int i = 0; i < calls.size(); i++) {
                assertEquals(i % 2 == 0 ? "A" : "B", calls.get(i).join().getCode());
            }
            for (int i = 0; i < CALLS; i++) {
                assertSignedBy(first, first.server.takeRequest());
                assertSignedBy(second, second.server.takeRequest());
            }
        }
    }

    private static void assertSignedBy(WireFixture merchant, RecordedRequest recorded) throws Exception {
        assertEquals(merchant.merchantId, AuthorizationHeader.parse(recorded.getHeader("Authorization")).mchid());
        String body = recorded.getBody().readUtf8();
        String ciphertext = com.google.gson.JsonParser.parseString(body).getAsJsonObject()
                .get("encrypted_phone_number").getAsString();
        assertEquals(11, new RsaOaep(CryptoProvider.jdk()).decrypt(merchant.wechatpay.getPrivate(), ciphertext).length());
    }

    private static PhoneMembercardImportRequest request(int i) {
        return new PhoneMembercardImportRequest().encryptedPhoneNumber("138001380" + String.format("%02d", i))
                .outRequestNo("IMPORT" + i);
    }
}
