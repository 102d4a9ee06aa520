package io.github.membercardopen.sandbox.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses requests off one connection, within limits: a request line and a header block of at most 8 KiB
 * each, a body of at most 1 MiB sent with {@code Content-Length} or chunked. Anything else is an
 * {@link HttpProtocolException} naming the status to refuse it with.
 */
final class RequestReader {
    static final int MAX_REQUEST_LINE = 8 * 1024;
    static final int MAX_HEADER_BLOCK = 8 * 1024;
    static final int MAX_BODY = 1024 * 1024;
    private static final int MAX_CHUNK_SIZE_LINE = 1024;
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern VERSION = Pattern.compile("HTTP/(\\d)\\.(\\d)");
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private final InputStream in;
    private final OutputStream out;

    /** {@code out} receives {@code 100 Continue} when a client asks for it before sending a body. */
    RequestReader(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    /** Reads one whole request; {@link EOFException} if the client stops sending halfway. */
    HttpRequest read() throws IOException, HttpProtocolException {
        String requestLine = readLine(MAX_REQUEST_LINE, 414, "request line");
        if (requestLine.isEmpty()) {
            // A client may send an empty line after a previous body; RFC 9112 asks servers to skip it.
            requestLine = readLine(MAX_REQUEST_LINE, 414, "request line");
        }
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || !TOKEN.matcher(parts[0]).matches()) {
            throw new HttpProtocolException(400, "malformed request line");
        }
        boolean http11 = http11(parts[2]);
        String path = decodedPath(parts[1]);
        Map<String, List<String>> headers = readHeaders();
        boolean keepAlive = http11 && !"close".equalsIgnoreCase(first(headers, "Connection"));
        byte[] body = readBody(headers, http11);
        return new HttpRequest(parts[0], parts[1], path, headers, body, keepAlive);
    }

    /** Whether the version is HTTP/1.1 (rather than 1.0); other versions are refused. */
    private static boolean http11(String version) throws HttpProtocolException {
        Matcher matcher = VERSION.matcher(version);
        if (!matcher.matches()) {
            throw new HttpProtocolException(400, "malformed HTTP version");
        }
        if (!"1".equals(matcher.group(1)) || Integer.parseInt(matcher.group(2)) > 1) {
            throw new HttpProtocolException(505, "only HTTP/1.0 and HTTP/1.1 are supported");
        }
        return "1".equals(matcher.group(2));
    }

    private static String decodedPath(String target) throws HttpProtocolException {
        if (!target.startsWith("/")) {
            throw new HttpProtocolException(400, "request target must be a path");
        }
        try {
            // Parsed as the path of an absolute URI so that a target such as //0 stays a path, not an authority.
            return new URI("http://sandbox" + target).getPath();
        } catch (URISyntaxException e) {
            throw new HttpProtocolException(400, "unparsable request target");
        }
    }

    private Map<String, List<String>> readHeaders() throws IOException, HttpProtocolException {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        int remaining = MAX_HEADER_BLOCK;
        for (String line; !(line = readLine(remaining, 431, "header block")).isEmpty(); ) {
            remaining -= line.length() + 2;
            int colon = line.indexOf(':');
            if (colon <= 0 || !TOKEN.matcher(line.substring(0, colon)).matches()) {
                throw new HttpProtocolException(400, "malformed header line");
            }
            headers.computeIfAbsent(line.substring(0, colon), name -> new ArrayList<>())
                    .add(trimWhitespace(line.substring(colon + 1)));
        }
        return headers;
    }

    private byte[] readBody(Map<String, List<String>> headers, boolean http11)
            throws IOException, HttpProtocolException {
        String transferEncoding = first(headers, "Transfer-Encoding");
        List<String> contentLengths = headers.get("Content-Length");
        if (transferEncoding != null && contentLengths != null) {
            throw new HttpProtocolException(400, "both Transfer-Encoding and Content-Length");
        }
        if (transferEncoding != null) {
            if (!"chunked".equalsIgnoreCase(transferEncoding) || headers.get("Transfer-Encoding").size() > 1) {
                throw new HttpProtocolException(501, "only the chunked transfer coding is supported");
            }
            sendContinueIfExpected(headers, http11);
            return readChunkedBody();
        }
        long length = contentLength(contentLengths);
        if (length > MAX_BODY) {
            throw new HttpProtocolException(413, "body larger than " + MAX_BODY + " bytes");
        }
        if (length > 0) {
            sendContinueIfExpected(headers, http11);
        }
        byte[] body = new byte[(int) length];
        readFully(body, 0, body.length);
        return body;
    }

    private static long contentLength(List<String> values) throws HttpProtocolException {
        if (values == null) {
            return 0;
        }
        String value = values.get(0);
        for (String other : values) {
            if (!other.equals(value)) {
                throw new HttpProtocolException(400, "conflicting Content-Length headers");
            }
        }
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new HttpProtocolException(400, "Content-Length is not a number");
        }
        return Long.parseLong(value);
    }

    private void sendContinueIfExpected(Map<String, List<String>> headers, boolean http11) throws IOException {
        if (http11 && "100-continue".equalsIgnoreCase(first(headers, "Expect"))) {
            out.write(CONTINUE);
            out.flush();
        }
    }

    private byte[] readChunkedBody() throws IOException, HttpProtocolException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size; (size = chunkSize(readLine(MAX_CHUNK_SIZE_LINE, 400, "chunk size line"))) > 0; ) {
            if (size > MAX_BODY - body.size()) {
                throw new HttpProtocolException(413, "body larger than " + MAX_BODY + " bytes");
            }
            byte[] chunk = new byte[size];
            readFully(chunk, 0, size);
            body.write(chunk, 0, size);
            if (!readLine(0, 400, "chunk end").isEmpty()) {
                throw new HttpProtocolException(400, "chunk longer than its size");
            }
        }
        readHeaders(); // trailers, ignored
        return body.toByteArray();
    }

    private static int chunkSize(String line) throws HttpProtocolException {
        int extension = line.indexOf(';');
        String hex = trimWhitespace(extension < 0 ? line : line.substring(0, extension));
        if (hex.isEmpty() || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new HttpProtocolException(400, "malformed chunk size");
        }
        String digits = hex.replaceFirst("^0+(?=.)", "");
        if (digits.length() > 6) {
            // Seven hex digits already exceed the body limit; parsing more could overflow an int.
            throw new HttpProtocolException(413, "body larger than " + MAX_BODY + " bytes");
        }
        return Integer.parseInt(digits, 16);
    }

    /** A line without its CRLF (or bare LF), as ISO-8859-1; longer than {@code limit} is refused with {@code status}. */
    private String readLine(int limit, int status, String what) throws IOException, HttpProtocolException {
        StringBuilder line = new StringBuilder();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0) {
                throw new EOFException("connection closed within the " + what);
            }
            if (line.length() > limit) {
                throw new HttpProtocolException(status, what + " longer than " + limit + " bytes");
            }
            line.append((char) b);
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        return line.toString();
    }

    private void readFully(byte[] buffer, int offset, int length) throws IOException {
        for (int n; length > 0; offset += n, length -= n) {
            n = in.read(buffer, offset, length);
            if (n < 0) {
                throw new EOFException("connection closed within the body");
            }
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null ? null : values.get(0);
    }

    private static String trimWhitespace(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return value.substring(start, end);
    }
}
