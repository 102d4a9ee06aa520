package io.github.membercardopen.sandbox.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(20)
class Http11ServerTest {
    private static final String GET = "GET /ping HTTP/1.1\r\nHost: sandbox\r\n\r\n";

    private final AtomicInteger served = new AtomicInteger();
    private Http11Server server;

    /** Answers 200 with the method, target and body it received, under exactly spelled headers. */
    private HttpResponse echo(HttpRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Wechatpay-Timestamp", "1700000000");
        headers.put("Request-ID", "08F8B1A1B10610D0SANDBOX");
        String echo = request.method() + " " + request.target() + " " + request.path() + " "
                + new String(request.body(), StandardCharsets.UTF_8) + " #" + served.incrementAndGet();
        return new HttpResponse(200, headers, echo.getBytes(StandardCharsets.UTF_8));
    }

    private InetSocketAddress start(int workers, Duration timeout, HttpHandler handler) throws IOException {
        server = new Http11Server(new InetSocketAddress("127.0.0.1", 0), workers, timeout, handler);
        return server.address();
    }

    private InetSocketAddress start() throws IOException {
        return start(4, Duration.ofSeconds(10), this::echo);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void servesTwoRequestsOnOneConnection() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(start())) {
            RawHttpConnection.Answer first = connection.send(GET).read();
            RawHttpConnection.Answer second = connection.send(GET).read();

            assertEquals("GET /ping /ping  #1", first.body);
            assertEquals("GET /ping /ping  #2", second.body);
            assertNull(second.header("Connection"));
        }
    }

    @Test
    void closesAfterAnsweringARequestThatAsksForIt() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(start())) {
            RawHttpConnection.Answer answer =
                    connection.send("GET /ping HTTP/1.1\r\nHost: sandbox\r\nconnection: Close\r\n\r\n").read();

            assertEquals(200, answer.status);
            assertEquals("close", answer.header("Connection"));
            assertTrue(connection.closedByServer());
        }
    }

    @Test
    void writesHeaderNamesExactlyAsTheHandlerSpellsThem() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(start())) {
            RawHttpConnection.Answer answer = connection.send(GET).read();

            assertTrue(answer.head.startsWith("HTTP/1.1 200 OK\r\nWechatpay-Timestamp: 1700000000\r\n"
                    + "Request-ID: 08F8B1A1B10610D0SANDBOX\r\n"), answer.head);
            assertTrue(answer.spells("Content-Length"), answer.head);
        }
    }

    @Test
    void looksUpRequestHeadersCaseInsensitively() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(start(1, Duration.ofSeconds(10),
                request -> new HttpResponse(200, Collections.emptyMap(),
                        request.header("WECHATPAY-SERIAL").getBytes(StandardCharsets.UTF_8))))) {
            assertEquals("PUB_KEY_ID_1",
                    connection.send("GET / HTTP/1.1\r\nwechatpay-serial:  PUB_KEY_ID_1 \r\n\r\n").read().body);
        }
    }

    @Test
    void readsContentLengthAndChunkedBodies() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(start())) {
            RawHttpConnection.Answer sized = connection
                    .send("POST /import?x=1 HTTP/1.1\r\nContent-Length: 7\r\n\r\n{\"a\":1}").read();
            RawHttpConnection.Answer chunked = connection
                    .send("POST /a%20b HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\n{\"a\r\n4\r\n\":1}\r\n0\r\n\r\n")
                    .read();

            assertEquals("POST /import?x=1 /import {\"a\":1} #1", sized.body);
            assertEquals("POST /a%20b /a b {\"a\":1} #2", chunked.body);
        }
    }

    @Test
    void answersAMalformedRequestLineWith400AndCloses() throws IOException {
        assertRefused("GARBAGE\r\n\r\n", 400);
    }

    @Test
    void answersAnUnparsableTargetWith400AndCloses() throws IOException {
        assertRefused("GET /a b HTTP/1.1\r\n\r\n", 400);
        assertRefused("GET /%zz HTTP/1.1\r\n\r\n", 400);
        assertRefused("GET http://example.com/ HTTP/1.1\r\n\r\n", 400);
    }

    @Test
    void answersAMalformedHeaderWith400AndCloses() throws IOException {
        assertRefused("GET / HTTP/1.1\r\nNo-Colon\r\n\r\n", 400);
        assertRefused("GET / HTTP/1.1\r\nSpace Before : colon\r\n\r\n", 400);
    }

    @Test
    void answersANonNumericContentLengthWith400AndCloses() throws IOException {
        assertRefused("POST / HTTP/1.1\r\nContent-Length: 12abc\r\n\r\n", 400);
        assertRefused("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", 400);
    }

    @Test
    void answersAnOversizedHeaderBlockWith431AndCloses() throws IOException {
        char[] filler = new char[RequestReader.MAX_HEADER_BLOCK];
        Arrays.fill(filler, 'a');
        assertRefused("GET / HTTP/1.1\r\nX-Filler: " + new String(filler) + "\r\n\r\n", 431);
    }

    @Test
    void answersABodyOverTheLimitWith413AndCloses() throws IOException {
        assertRefused("POST / HTTP/1.1\r\nContent-Length: " + (RequestReader.MAX_BODY + 1) + "\r\n\r\n{\"a\":", 413);
        assertRefused("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n100001\r\n", 413);
    }

    private void assertRefused(String request, int status) throws IOException {
        InetSocketAddress address = server == null ? start() : server.address();
        try (RawHttpConnection connection = new RawHttpConnection(address)) {
            RawHttpConnection.Answer answer = connection.send(request).read();

            assertEquals(status, answer.status, answer.head + answer.body);
            assertEquals("close", answer.header("Connection"));
            assertTrue(answer.header("Content-Type").startsWith("text/plain"));
            assertTrue(connection.closedByServer());
        }
        assertEquals(0, served.get());
    }

    @Test
    void closesAConnectionIdleLongerThanTheTimeout() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(start(1, Duration.ofMillis(200), this::echo))) {
            connection.send(GET).read();
            long start = System.nanoTime();

            assertTrue(connection.closedByServer());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
        }
    }

    @Test
    void closesAPartiallySentRequestAfterTheTimeout() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(start(1, Duration.ofMillis(200), this::echo))) {
            connection.send("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\n{\"a\"");

            assertTrue(connection.closedByServer());
            assertEquals(0, served.get());
        }
    }

    @Test
    void droppingTheConnectionGivesTheClientEof() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(
                start(1, Duration.ofSeconds(10), request -> HttpResponse.dropConnection()))) {
            assertTrue(connection.send(GET).closedByServer());
        }
    }

    @Test
    void answersA500WhenTheHandlerThrows() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(start(1, Duration.ofSeconds(10), request -> {
            throw new IllegalStateException("boom");
        }))) {
            assertEquals(500, connection.send(GET).read().status);
        }
    }

    @Test
    void givesTheWorkerOfAnIdleConnectionToANewOne() throws IOException {
        InetSocketAddress address = start(1, Duration.ofSeconds(30), this::echo);
        try (RawHttpConnection first = new RawHttpConnection(address)) {
            assertEquals(200, first.send(GET).read().status);
            try (RawHttpConnection second = new RawHttpConnection(address)) {
                assertEquals(200, second.send(GET).read().status);
                assertTrue(first.closedByServer());
            }
        }
    }

    @Test
    void answersEveryConnectionOfABurstLargerThanThePool() throws IOException {
        InetSocketAddress address = start(2, Duration.ofSeconds(30), this::echo);
        RawHttpConnection[] burst = new RawHttpConnection[8];
        try {
            for (int i = 0; i < burst.length; i++) {
                burst[i] = new RawHttpConnection(address).send(GET);
            }
            for (RawHttpConnection connection : burst) {
                assertEquals(200, connection.read().status);
            }
        } finally {
            for (RawHttpConnection connection : burst) {
                if (connection != null) {
                    connection.close();
                }
            }
        }
    }

    @Test
    void closeFinishesTheRequestInFlightAndClosesIdleConnections() throws Exception {
        CountDownLatch handling = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        InetSocketAddress address = start(2, Duration.ofSeconds(30), request -> {
            if (request.path().equals("/slow")) {
                handling.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return echo(request);
        });
        try (RawHttpConnection idle = new RawHttpConnection(address);
             RawHttpConnection busy = new RawHttpConnection(address)) {
            idle.send(GET).read();
            busy.send("GET /slow HTTP/1.1\r\n\r\n");
            handling.await();

            CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
            assertTrue(idle.closedByServer());
            assertFalse(closing.isDone());
            release.countDown();
            RawHttpConnection.Answer answer = busy.read();
            closing.join();

            assertEquals(200, answer.status);
            assertTrue(busy.closedByServer());
        }
    }
}
