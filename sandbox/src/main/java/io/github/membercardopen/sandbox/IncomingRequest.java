package io.github.membercardopen.sandbox;

import io.github.membercardopen.sandbox.http.HttpRequest;

import java.nio.charset.StandardCharsets;

/** One request as received: the method, the raw path and query as signed, headers and the exact body. */
final class IncomingRequest {
    private final HttpRequest request;
    private final String body;

    IncomingRequest(HttpRequest request) {
        this.request = request;
        this.body = new String(request.body(), StandardCharsets.UTF_8);
    }

    String method() {
        return request.method();
    }

    /** The raw path plus {@code ?query} exactly as sent, the form the merchant signed. */
    String canonicalUrl() {
        return request.target();
    }

    /** The first value of a header, or {@code null}. */
    String header(String name) {
        return request.header(name);
    }

    String body() {
        return body;
    }
}
