package io.github.membercardopen.sandbox.http;

/** Answers one parsed request; called on a connection's worker thread. */
@FunctionalInterface
public interface HttpHandler {
    HttpResponse handle(HttpRequest request);
}
