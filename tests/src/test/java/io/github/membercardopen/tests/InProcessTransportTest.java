package io.github.membercardopen.tests;

import io.github.membercardopen.client.WechatPayClient;
import io.github.membercardopen.error.ResponseVerificationException;
import io.github.membercardopen.model.PhoneMembercardImportRequest;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code builder.transport(...)}: answers after signing, in place of the network, and is still verified. */
class InProcessTransportTest {
    private static final String CARD_ID = "pbLatjvWOibDc5-TBnbUk1pD12o0";
    private static final String BODY = "{\"code\":\"478515832665\"}";

    private final WireFixture wire = new WireFixture("1900000003");
    private final AtomicReference<Request> seen = new AtomicReference<>();

    @AfterEach
    void stop() throws Exception {
        wire.close();
    }

    private Interceptor answering(Headers headers) {
        return chain -> {
            seen.set(chain.request());
            return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                    .headers(headers).body(ResponseBody.create(BODY, MediaType.get("application/json"))).build();
        };
    }

    private static PhoneMembercardImportRequest request() {
        return new PhoneMembercardImportRequest().encryptedPhoneNumber("13800138000").outRequestNo("IMPORT0004");
    }

    @Test
    void transportSeesTheSignedRequestAndItsSignedAnswerIsAccepted() throws Exception {
        try (WechatPayClient client = wire.clientBuilder().transport(answering(wire.signed(200, BODY).getHeaders())).build()) {
            assertEquals("478515832665", client.membercardOpen().importPhoneMembercard(CARD_ID, request()).getCode());
        }
        assertTrue(seen.get().header("Authorization").startsWith("WECHATPAY2-SHA256-RSA2048 "));
        assertEquals(WireFixture.PUBLIC_KEY_ID, seen.get().header("Wechatpay-Serial"));
        assertEquals(0, wire.server.getRequestCount());
    }

    @Test
    void transportAnswersAreVerifiedLikeNetworkAnswers() throws Exception {
        try (WechatPayClient client = wire.clientBuilder().transport(answering(Headers.of())).build()) {
            assertThrows(ResponseVerificationException.class,
                    () -> client.membercardOpen().importPhoneMembercard(CARD_ID, request()));
        }
    }
}
