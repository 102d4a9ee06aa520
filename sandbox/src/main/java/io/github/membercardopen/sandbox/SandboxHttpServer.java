package io.github.membercardopen.sandbox;

import com.google.gson.Gson;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP side: routes requests, runs the fault pipeline around imports, and writes every answer
 * signed, with a {@code Request-ID}, in WeChat Pay's error format when it is an error.
 */
final class SandboxHttpServer implements AutoCloseable {
    static final Pattern IMPORT_PATH =
            Pattern.compile("^/v3/marketing/membercard-open/cards/([^/]*)/phone-membercard/import$");
    static final String CERTIFICATES_PATH = "/v3/certificates";

    private final HttpServer server;
    private final ExecutorService executor;
    private final RequestAuthenticator authenticator;
    private final ImportHandler imports;
    private final CertificatesHandler certificates;
    private final ResponseSigner signer;
    private final SandboxFaults faults;
    private final Gson gson;

    SandboxHttpServer(InetSocketAddress address, int threads, RequestAuthenticator authenticator,
                      ImportHandler imports, CertificatesHandler certificates, ResponseSigner signer,
                      SandboxFaults faults, Gson gson) throws IOException {
        this.authenticator = authenticator;
        this.imports = imports;
        this.certificates = certificates;
        this.signer = signer;
        this.faults = faults;
        this.gson = gson;
        disableNagle();
        this.server = HttpServer.create(address, 1024);
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "wechatpay-sandbox-" + address.getPort() + "-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    private void serve(HttpExchange exchange) throws IOException {
        IncomingRequest request = read(exchange);
        String path = exchange.getRequestURI().getPath();
        Matcher importPath = IMPORT_PATH.matcher(path);
        try {
            if (importPath.matches()) {
                serveImport(exchange, request, importPath.group(1));
            } else if (CERTIFICATES_PATH.equals(path)) {
                requireMethod(request, "GET");
                authenticator.authenticate(request);
                send(exchange, request, certificates.handle(), ResponseSigner.Mode.VALID);
            } else {
                throw new ApiError(404, "NOT_FOUND", "请求的资源不存在 (the sandbox serves only the member-card phone import "
                        + "and /v3/certificates)", null);
            }
        } catch (ApiError e) {
            send(exchange, request, error(e), ResponseSigner.Mode.VALID);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        } catch (RuntimeException e) {
            send(exchange, request, error(new ApiError(500, "SYSTEM_ERROR", "sandbox internal error: " + e, null)),
                    ResponseSigner.Mode.VALID);
        }
    }

    private void serveImport(HttpExchange exchange, IncomingRequest request, String cardId)
            throws IOException, InterruptedException {
        requireMethod(request, "POST");
        ApiError rejected = faults.rejectBeforeProcessing();
        if (rejected != null) {
            throw rejected;
        }
        faults.delay();
        OutgoingResponse response;
        try {
            authenticator.authenticate(request);
            response = imports.handle(request, cardId);
        } catch (ApiError e) {
            response = error(e);
        }
        if (faults.dropAfterProcessing()) {
            // Closing before sending headers closes the socket: the client reads EOF where the answer should be.
            exchange.close();
            return;
        }
        send(exchange, request, response,
                response.status() == 200 ? faults.signatureMode() : ResponseSigner.Mode.VALID);
    }

    private static void requireMethod(IncomingRequest request, String method) {
        if (!method.equals(request.method())) {
            throw new ApiError(405, "METHOD_NOT_ALLOWED", "请求方法错误 (use " + method + ")", null);
        }
    }

    private OutgoingResponse error(ApiError error) {
        return new OutgoingResponse(error.status(), gson.toJson(error.body()));
    }

    private static IncomingRequest read(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String query = uri.getRawQuery();
        String canonicalUrl = query == null ? uri.getRawPath() : uri.getRawPath() + "?" + query;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = exchange.getRequestBody()) {
            byte[] buffer = new byte[4096];
            for (int n; (n = in.read(buffer)) > 0; ) {
                body.write(buffer, 0, n);
            }
        }
        return new IncomingRequest(exchange.getRequestMethod(), canonicalUrl, exchange.getRequestHeaders(),
                new String(body.toByteArray(), StandardCharsets.UTF_8));
    }

    private void send(HttpExchange exchange, IncomingRequest request, OutgoingResponse response,
                      ResponseSigner.Mode signatureMode) throws IOException {
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Request-ID", UUID.randomUUID().toString().replace("-", "").toUpperCase(java.util.Locale.ROOT));
        for (Map.Entry<String, String> header
                : signer.headers(response.body(), request.header("Wechatpay-Serial"), signatureMode).entrySet()) {
            exchange.getResponseHeaders().set(header.getKey(), header.getValue());
        }
        exchange.sendResponseHeaders(response.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /**
     * The JDK server writes headers and body separately; with Nagle's algorithm on, the body then waits for
     * the client's delayed ACK, about 40 ms per call. Its only switch is this property, read once when the
     * JDK's server configuration loads, so set it before the first server is created unless the user did.
     */
    private static void disableNagle() {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }
}
