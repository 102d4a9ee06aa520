package io.github.membercardopen.sandbox.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server: an accept loop on a daemon thread hands each connection to a fixed pool of
 * workers, one connection per worker for as long as it stays open. {@link #close()} stops accepting,
 * closes idle connections and lets requests in flight finish.
 */
public final class Http11Server implements AutoCloseable {
    private static final long SHUTDOWN_GRACE_SECONDS = 5;

    private final ServerSocket serverSocket;
    private final HttpHandler handler;
    private final int timeoutMillis;
    private final ThreadPoolExecutor workers;
    private final Set<HttpConnection> connections = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;

    /**
     * Listens on {@code address} (port 0: any free port) and starts serving.
     *
     * @param timeout how long a connection may stay silent, idle between requests or halfway through one
     */
    public Http11Server(InetSocketAddress address, int workers, Duration timeout, HttpHandler handler)
            throws IOException {
        this.handler = handler;
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
        this.serverSocket = new ServerSocket();
        serverSocket.setReuseAddress(true);
        serverSocket.bind(address, 1024);
        String name = "wechatpay-sandbox-" + serverSocket.getLocalPort();
        AtomicInteger workerNumber = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> daemon(task, name + "-" + workerNumber.incrementAndGet()));
        this.acceptor = daemon(this::acceptConnections, name + "-accept");
        acceptor.start();
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) serverSocket.getLocalSocketAddress();
    }

    private void acceptConnections() {
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                // Headers and body go out in one flush, but small answers must not wait for delayed ACKs.
                socket.setTcpNoDelay(true);
                serve(new HttpConnection(socket, handler, this, timeoutMillis));
            } catch (IOException e) {
                // The server socket was closed, or this one connection failed before it started.
            }
        }
    }

    private void serve(HttpConnection connection) {
        connections.add(connection);
        try {
            workers.execute(connection);
        } catch (RejectedExecutionException e) {
            connection.closeNow();
            forget(connection);
            return;
        }
        makeRoomForWaitingConnections();
    }

    /** Every worker may be holding an idle keep-alive connection: close idle ones so waiting ones get served. */
    private void makeRoomForWaitingConnections() {
        int waiting = workers.getQueue().size();
        for (HttpConnection connection : connections) {
            if (waiting <= 0) {
                return;
            }
            if (connection.closeIfIdle()) {
                waiting--;
            }
        }
    }

    /** Whether connections are queued for a worker; busy connections then close after their answer. */
    boolean connectionsWaiting() {
        return !workers.getQueue().isEmpty();
    }

    void forget(HttpConnection connection) {
        connections.remove(connection);
    }

    @Override
    public void close() {
        try {
            serverSocket.close();
        } catch (IOException e) {
            // closing anyway
        }
        try {
            acceptor.join();
            connections.forEach(HttpConnection::shutDown);
            workers.shutdown();
            workers.awaitTermination(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            connections.forEach(HttpConnection::closeNow);
            workers.shutdownNow();
        }
    }
}
