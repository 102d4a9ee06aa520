package io.github.membercardopen.sandbox.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A socket that sends bytes as given and reads answers as they arrive on the wire, for transport tests. */
public final class RawHttpConnection implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    public RawHttpConnection(InetSocketAddress address) throws IOException {
        this.socket = new Socket(address.getAddress(), address.getPort());
        socket.setSoTimeout(10_000);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    public RawHttpConnection send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    public RawHttpConnection send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** Reads one answer: its head exactly as sent, and a body of its {@code Content-Length}. */
    public Answer read() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString("ISO-8859-1").endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("EOF after " + head.size() + " bytes of the head: " + head.toString("ISO-8859-1"));
            }
            head.write(b);
        }
        Answer answer = new Answer(head.toString("ISO-8859-1"));
        byte[] body = new byte[Integer.parseInt(answer.header("Content-Length"))];
        for (int read = 0, n; read < body.length; read += n) {
            n = in.read(body, read, body.length - read);
            if (n < 0) {
                throw new IOException("EOF within the body");
            }
        }
        answer.body = new String(body, StandardCharsets.UTF_8);
        return answer;
    }

    /** Whether the server closed the connection: the next read is EOF (a reset counts as closed too). */
    public boolean closedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (java.net.SocketException reset) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** One answer as it arrived. */
    public static final class Answer {
        /** Status line and headers, byte for byte. */
        public final String head;
        public final int status;
        public String body;

        Answer(String head) {
            this.head = head;
            this.status = Integer.parseInt(head.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
        }

        /** A header's value, its name matched case-insensitively, or {@code null}. */
        public String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }

        /** Whether the head carries a header line spelled exactly {@code name}. */
        public boolean spells(String name) {
            return head.contains("\r\n" + name + ": ");
        }
    }
}
