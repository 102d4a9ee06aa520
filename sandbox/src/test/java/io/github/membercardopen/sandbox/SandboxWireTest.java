package io.github.membercardopen.sandbox;

import io.github.membercardopen.sandbox.http.RawHttpConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the sandbox puts on the wire, read as raw bytes from a socket. */
class SandboxWireTest {
    private static final String IMPORT_PATH = "/v3/marketing/membercard-open/cards/"
            + WechatPaySandbox.SYSTEM_ALLOCATE_CARD + "/phone-membercard/import";

    private static WechatPaySandbox sandbox;
    private static InetSocketAddress address;

    @BeforeAll
    static void start() {
        sandbox = WechatPaySandbox.builder().credentials(ThrowawayCredentials.generate("1900000030")).start();
        address = new InetSocketAddress("127.0.0.1", sandbox.port());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void clearFaults() {
        sandbox.faults().clear();
    }

    @Test
    void spellsResponseHeadersAsWechatPayDoes() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(address)) {
            RawHttpConnection.Answer answer = connection.send("GET /v3/certificates HTTP/1.1\r\n\r\n").read();

            assertEquals(401, answer.status);
            for (String name : new String[] {"Request-ID", "Wechatpay-Timestamp", "Wechatpay-Nonce",
                "Wechatpay-Signature", "Wechatpay-Serial", "Wechatpay-Signature-Type", "Content-Length"}) {
                assertTrue(answer.spells(name), () -> name + " in\n" + answer.head);
            }
        }
    }

    @Test
    void answersAnUnknownDoubleSlashPathWithASigned404() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(address)) {
            RawHttpConnection.Answer answer = connection.send("GET //0 HTTP/1.1\r\n\r\n").read();

            assertEquals(404, answer.status);
            assertNotNull(answer.header("Wechatpay-Signature"));
            assertTrue(answer.body.contains("\"code\":\"NOT_FOUND\""), answer.body);
        }
    }

    @Test
    void droppedAfterProcessingTheClientReadsEof() throws IOException {
        sandbox.faults().dropRate(1);
        try (RawHttpConnection connection = new RawHttpConnection(address)) {
            connection.send("POST " + IMPORT_PATH + " HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}");

            assertTrue(connection.closedByServer());
        }
        assertEquals(1, sandbox.faults().counts().dropped());
    }
}
