package io.github.membercardopen.sandbox;

import com.sun.net.httpserver.Headers;

/** One request as received: the method, the raw path and query as signed, headers and the exact body. */
final class IncomingRequest {
    private final String method;
    private final String canonicalUrl;
    private final Headers headers;
    private final String body;

    IncomingRequest(String method, String canonicalUrl, Headers headers, String body) {
        this.method = method;
        this.canonicalUrl = canonicalUrl;
        this.headers = headers;
        this.body = body;
    }

    String method() {
        return method;
    }

    /** The raw path plus {@code ?query} exactly as sent, the form the merchant signed. */
    String canonicalUrl() {
        return canonicalUrl;
    }

    /** The first value of a header, or {@code null}. */
    String header(String name) {
        return headers.getFirst(name);
    }

    String body() {
        return body;
    }
}
