package io.github.membercardopen.sandbox.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/**
 * Serves one persistent connection on a worker thread: reads a request, answers it, and repeats until the
 * client closes, asks to close, stays silent past the timeout, or the server needs the worker back.
 */
final class HttpConnection implements Runnable {
    private static final int LINGER_MILLIS = 1000;

    /** NEW until the first request arrives; IDLE between requests, when it may give its worker away. */
    private enum State { NEW, IDLE, BUSY, CLOSED }

    private final Socket socket;
    private final HttpHandler handler;
    private final Http11Server server;
    private final int timeoutMillis;
    private State state = State.NEW;
    private boolean closing;

    HttpConnection(Socket socket, HttpHandler handler, Http11Server server, int timeoutMillis) {
        this.socket = socket;
        this.handler = handler;
        this.server = server;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void run() {
        try {
            socket.setSoTimeout(timeoutMillis);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            RequestReader reader = new RequestReader(in, out);
            boolean servedOne = false;
            while (serveNext(in, reader, out, servedOne)) {
                servedOne = true;
            }
        } catch (IOException e) {
            // The client went away, timed out, or the server closed the socket: there is no one to answer.
        } finally {
            closeNow();
            server.forget(this);
        }
    }

    /**
     * Waits for the next request and serves it; whether the connection stays open. Once it has served one,
     * it gives its worker to a waiting connection instead of waiting itself.
     */
    private boolean serveNext(InputStream in, RequestReader reader, OutputStream out, boolean servedOne)
            throws IOException {
        if (!becomeIdle(servedOne)) {
            return false;
        }
        // Checked only once idle: a connection queued after this check finds this one idle and closes it.
        if (servedOne && server.connectionsWaiting()) {
            return false;
        }
        return nextRequestArrives(in) && becomeBusy() && serveOne(reader, out);
    }

    /** Waits, up to the timeout, for the first byte of the next request without consuming it. */
    private static boolean nextRequestArrives(InputStream in) throws IOException {
        in.mark(1);
        int next = in.read();
        in.reset();
        return next >= 0;
    }

    /** Serves one request; whether the connection stays open for another. */
    private boolean serveOne(RequestReader reader, OutputStream out) throws IOException {
        HttpRequest request;
        try {
            request = reader.read();
        } catch (HttpProtocolException e) {
            refuse(e, out);
            return false;
        }
        HttpResponse response = answer(request);
        if (response.dropsConnection()) {
            return false;
        }
        boolean keepAlive = request.keepAlive() && !isClosing() && !server.connectionsWaiting();
        ResponseWriter.write(out, response, "HEAD".equals(request.method()), !keepAlive);
        return keepAlive;
    }

    private HttpResponse answer(HttpRequest request) {
        try {
            return handler.handle(request);
        } catch (RuntimeException e) {
            return plainText(500, "internal error");
        }
    }

    /** Answers a request the transport cannot accept, then closes without resetting the client's read. */
    private void refuse(HttpProtocolException problem, OutputStream out) throws IOException {
        ResponseWriter.write(out, plainText(problem.status(), problem.getMessage()), false, true);
        socket.shutdownOutput();
        // Closing with unread input makes the kernel send RST, which can discard the answer before the client
        // reads it; so read and drop what the client is still sending, for a moment.
        socket.setSoTimeout(LINGER_MILLIS);
        long deadline = System.nanoTime() + LINGER_MILLIS * 1_000_000L;
        byte[] discard = new byte[8192];
        InputStream in = socket.getInputStream();
        while (System.nanoTime() < deadline && in.read(discard) >= 0) {
            // drain
        }
    }

    private static HttpResponse plainText(int status, String message) {
        return new HttpResponse(status, Collections.singletonMap("Content-Type", "text/plain; charset=utf-8"),
                (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private synchronized boolean becomeIdle(boolean servedOne) {
        if (closing) {
            return false;
        }
        if (servedOne) {
            state = State.IDLE;
        }
        return true;
    }

    private synchronized boolean becomeBusy() {
        if (closing) {
            return false;
        }
        state = State.BUSY;
        return true;
    }

    private synchronized boolean isClosing() {
        return closing;
    }

    /** Closes the connection if it is idle between requests, to free its worker; whether it did. */
    synchronized boolean closeIfIdle() {
        if (state != State.IDLE) {
            return false;
        }
        closeNow();
        return true;
    }

    /** For server shutdown: closes the connection now unless a request is in flight, else after its answer. */
    synchronized void shutDown() {
        closing = true;
        if (state != State.BUSY) {
            closeNow();
        }
    }

    synchronized void closeNow() {
        closing = true;
        state = State.CLOSED;
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
