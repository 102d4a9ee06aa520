package io.github.membercardopen.sandbox;

/** What a handler answers: a status and the exact JSON text of the body. */
final class OutgoingResponse {
    private final int status;
    private final String body;

    OutgoingResponse(int status, String body) {
        this.status = status;
        this.body = body;
    }

    int status() {
        return status;
    }

    String body() {
        return body;
    }
}
