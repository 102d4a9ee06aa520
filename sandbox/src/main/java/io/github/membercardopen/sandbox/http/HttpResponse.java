package io.github.membercardopen.sandbox.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a handler answers: a status, headers written in this order and spelling, and a body; or
 * {@link #dropConnection()}, closing the connection without any answer.
 */
public final class HttpResponse {
    private static final HttpResponse DROP = new HttpResponse(0, Collections.emptyMap(), new byte[0]);

    private final int status;
    private final Map<String, String> headers;
    private final byte[] body;

    /** {@code headers} must not name {@code Content-Length} or {@code Connection}: the transport writes those. */
    public HttpResponse(int status, Map<String, String> headers, byte[] body) {
        this.status = status;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        this.body = body.clone();
    }

    /** Closes the connection without answering: the client reads EOF where the answer should be. */
    public static HttpResponse dropConnection() {
        return DROP;
    }

    boolean dropsConnection() {
        return this == DROP;
    }

    int status() {
        return status;
    }

    Map<String, String> headers() {
        return headers;
    }

    byte[] body() {
        return body;
    }
}
