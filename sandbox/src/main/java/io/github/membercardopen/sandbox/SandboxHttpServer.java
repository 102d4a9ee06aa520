package io.github.membercardopen.sandbox;

import com.google.gson.Gson;
import io.github.membercardopen.sandbox.http.Http11Server;
import io.github.membercardopen.sandbox.http.HttpRequest;
import io.github.membercardopen.sandbox.http.HttpResponse;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);

    private final Http11Server server;
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
        this.server = new Http11Server(address, threads, IDLE_TIMEOUT, this::serve);
    }

    InetSocketAddress address() {
        return server.address();
    }

    private HttpResponse serve(HttpRequest http) {
        IncomingRequest request = new IncomingRequest(http);
        Matcher importPath = IMPORT_PATH.matcher(http.path());
        try {
            if (importPath.matches()) {
                return serveImport(request, importPath.group(1));
            } else if (CERTIFICATES_PATH.equals(http.path())) {
                requireMethod(request, "GET");
                authenticator.authenticate(request);
                return signed(request, certificates.handle(), ResponseSigner.Mode.VALID);
            } else {
                throw new ApiError(404, "NOT_FOUND", "请求的资源不存在 (the sandbox serves only the member-card phone import "
                        + "and /v3/certificates)", null);
            }
        } catch (ApiError e) {
            return signed(request, error(e), ResponseSigner.Mode.VALID);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HttpResponse.dropConnection();
        } catch (RuntimeException e) {
            return signed(request, error(new ApiError(500, "SYSTEM_ERROR", "sandbox internal error: " + e, null)),
                    ResponseSigner.Mode.VALID);
        }
    }

    private HttpResponse serveImport(IncomingRequest request, String cardId) throws InterruptedException {
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
            return HttpResponse.dropConnection();
        }
        return signed(request, response,
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

    private HttpResponse signed(IncomingRequest request, OutgoingResponse response, ResponseSigner.Mode signatureMode) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("Request-ID", UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT));
        headers.putAll(signer.headers(response.body(), request.header("Wechatpay-Serial"), signatureMode));
        return new HttpResponse(response.status(), headers, response.body().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.close();
    }
}
