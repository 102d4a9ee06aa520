package io.github.membercardopen.sandbox.http;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/** One request as received: method, request target as sent, its decoded path, headers and the exact body. */
public final class HttpRequest {
    private final String method;
    private final String target;
    private final String path;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final boolean keepAlive;

    /** {@code headers} must be keyed case-insensitively. */
    HttpRequest(String method, String target, String path, Map<String, List<String>> headers, byte[] body,
                boolean keepAlive) {
        this.method = method;
        this.target = target;
        this.path = path;
        this.headers = Collections.unmodifiableMap(headers);
        this.body = body;
        this.keepAlive = keepAlive;
    }

    public String method() {
        return method;
    }

    /** The path and {@code ?query} exactly as on the request line. */
    public String target() {
        return target;
    }

    /** The path, percent-decoded. */
    public String path() {
        return path;
    }

    /** The first value of a header, looked up case-insensitively, or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null ? null : values.get(0);
    }

    public byte[] body() {
        return body.clone();
    }

    /** Whether the client lets the connection stay open after the answer (HTTP/1.1 without {@code Connection: close}). */
    boolean keepAlive() {
        return keepAlive;
    }
}
