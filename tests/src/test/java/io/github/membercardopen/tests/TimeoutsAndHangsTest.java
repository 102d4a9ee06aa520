package io.github.membercardopen.tests;

import com.google.gson.JsonParser;
import io.github.membercardopen.client.WechatPayClient;
import io.github.membercardopen.error.ResponseVerificationException;
import io.github.membercardopen.error.TransportException;
import io.github.membercardopen.error.WechatPayException;
import io.github.membercardopen.model.PhoneMembercardImportRequest;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server that hangs, trickles, stalls or cuts its answer: every call ends within its timeouts with a
 * retryable exception, and the very same request object then succeeds when sent again.
 */
class TimeoutsAndHangsTest {
    private static final String CARD_ID = "pbLatjvWOibDc5-TBnbUk1pD12o0";
    private static final String OK_BODY = "{\"code\":\"478515832665\"}";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);
    /** Generous, so a busy CI machine does not make the test flaky; a hang would take far longer. */
    private static final Duration SLACK = Duration.ofSeconds(5);

    private final WireFixture wire = new WireFixture("1900000001");
    private final WechatPayClient client = wire.clientBuilder()
            .readTimeout(READ_TIMEOUT).callTimeout(CALL_TIMEOUT).build();

    @AfterEach
    void stop() throws Exception {
        client.close();
        wire.close();
    }

    enum Misbehaviour {
        ACCEPTS_AND_NEVER_ANSWERS(TransportException.class,
                wire -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE)),
        STALLS_AFTER_THE_HEADERS(TransportException.class,
                wire -> wire.signed(200, OK_BODY).setBodyDelay(3, TimeUnit.SECONDS)),
        // Each kilobyte arrives well within the read timeout, the whole body would take 4 s: only the call
        // timeout ends this. (MockWebServer throttles reading the request too, hence not byte by byte.)
        TRICKLES_THE_BODY(TransportException.class,
                wire -> wire.signed(200, OK_BODY + " ".repeat(20 * 1024))
                        .throttleBody(1024, 200, TimeUnit.MILLISECONDS)),
        CLOSES_MID_BODY(TransportException.class,
                wire -> wire.signed(200, OK_BODY).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY)),
        // A proxy that re-frames a cut body with a matching Content-Length: only the signature notices.
        SENDS_A_TRUNCATED_BODY_THAT_LOOKS_COMPLETE(ResponseVerificationException.class,
                wire -> wire.signed(200, OK_BODY).setBody(OK_BODY.substring(0, OK_BODY.length() / 2)));

        final Class<? extends WechatPayException> expected;
        final Function<WireFixture, MockResponse> response;

        Misbehaviour(Class<? extends WechatPayException> expected, Function<WireFixture, MockResponse> response) {
            this.expected = expected;
            this.response = response;
        }
    }

    @ParameterizedTest
    @EnumSource(Misbehaviour.class)
    void endsWithinItsTimeoutRetryablyAndTheSameRequestThenSucceeds(Misbehaviour misbehaviour) throws Exception {
        PhoneMembercardImportRequest request = new PhoneMembercardImportRequest()
                .encryptedPhoneNumber("13800138000").outRequestNo("IMPORT0001");
        wire.server.enqueue(misbehaviour.response.apply(wire));

        long started = System.nanoTime();
        WechatPayException failure = assertThrows(WechatPayException.class,
                () -> client.membercardOpen().importPhoneMembercard(CARD_ID, request));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertInstanceOf(misbehaviour.expected, failure, failure::toString);
        assertTrue(failure.isRetryable(), failure::toString);
        assertTrue(took.compareTo(CALL_TIMEOUT.plus(SLACK)) < 0, "took " + took);

        wire.server.enqueue(wire.signed(200, OK_BODY));
        assertEquals("478515832665", client.membercardOpen().importPhoneMembercard(CARD_ID, request).getCode());
        assertEquals("IMPORT0001", outRequestNoSent(), "the failed attempt");
        assertEquals("IMPORT0001", outRequestNoSent(), "the retry");
    }

    private String outRequestNoSent() throws InterruptedException {
        String body = wire.server.takeRequest(1, TimeUnit.SECONDS).getBody().readUtf8();
        return JsonParser.parseString(body).getAsJsonObject().get("out_request_no").getAsString();
    }
}
