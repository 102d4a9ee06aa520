package io.github.membercardopen.sandbox.http;

/** A request the transport cannot accept: answered with {@link #status()} in plain text, then the connection closes. */
final class HttpProtocolException extends Exception {
    private final int status;

    HttpProtocolException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
