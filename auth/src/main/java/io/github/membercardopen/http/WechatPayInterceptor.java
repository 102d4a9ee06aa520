package io.github.membercardopen.http;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.github.membercardopen.auth.crypto.RsaOaep;
import io.github.membercardopen.auth.signing.RequestSigner;
import io.github.membercardopen.auth.trust.EncryptionKey;
import io.github.membercardopen.auth.trust.WechatPayTrust;
import io.github.membercardopen.auth.verify.ResponseSignature;
import io.github.membercardopen.auth.verify.ResponseVerifier;
import io.github.membercardopen.error.ConfigurationException;
import io.github.membercardopen.error.ResponseVerificationException;
import io.github.membercardopen.error.ServiceException;
import io.github.membercardopen.error.WechatPayException;
import io.github.membercardopen.spec.PlatformCertificateDownload;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Invocation;
import retrofit2.http.Body;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place a request becomes an APIv3 request: encrypt the spec's marked fields with WeChat Pay's
 * key, name that key in {@code Wechatpay-Serial}, sign the exact bytes sent; on the way back, verify
 * every 2xx answer and turn every other answer into a {@link ServiceException}. Typed failures travel
 * as {@link WechatPayIOException}.
 */
public final class WechatPayInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger(WechatPayInterceptor.class);
    private static final MediaType JSON = MediaType.get("application/json");
    private static final MediaType JSON_UTF8 = MediaType.get("application/json; charset=utf-8");
    static final String USER_AGENT = "membercard-open-java (" + System.getProperty("os.name") + ") Java/"
            + System.getProperty("java.version");

    // Compact, no HTML escaping: the bytes signed are the bytes sent, so keep them as plain as Gson writes them.
    private final Gson gson = new GsonBuilder().disableHtmlEscaping().create();
    private final EncryptedFields encryptedFields = new EncryptedFields();
    private final Map<Method, Optional<Type>> bodyTypes = new ConcurrentHashMap<>();
    private final RequestSigner signer;
    private final ResponseVerifier verifier;
    private final WechatPayTrust trust;
    private final RsaOaep rsaOaep;

    public WechatPayInterceptor(RequestSigner signer, ResponseVerifier verifier, WechatPayTrust trust, RsaOaep rsaOaep) {
        this.signer = signer;
        this.verifier = verifier;
        this.trust = trust;
        this.rsaOaep = rsaOaep;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        try {
            return exchange(chain);
        } catch (WechatPayException e) {
            throw new WechatPayIOException(e);
        }
    }

    private Response exchange(Chain chain) throws IOException {
        Request request = chain.request();
        EncryptionKey key = trust.encryptionKey();
        String body = bodyWithEncryptedFields(request, key);
        RequestSigner.Signed signed = signer.sign(request.method(), canonicalUrl(request.url()), body);

        Request.Builder outgoing = request.newBuilder()
                .header("Authorization", signed.authorization())
                .header("Accept", "application/json");
        // Only the first certificate download goes without: no key is known before it.
        if (key != null) {
            outgoing.header("Wechatpay-Serial", key.id());
        }
        if (request.header("User-Agent") == null) {
            outgoing.header("User-Agent", USER_AGENT);
        }
        if (request.body() != null) {
            MediaType type = request.body().contentType() == null ? JSON : request.body().contentType();
            outgoing.method(request.method(), RequestBody.create(body.getBytes(StandardCharsets.UTF_8), type));
        }

        long started = System.nanoTime();
        Response response = chain.proceed(outgoing.build());
        LOG.debug("{} {} -> {} Request-ID {} in {} ms", request.method(), request.url().encodedPath(),
                response.code(), response.header(ResponseSignature.REQUEST_ID), (System.nanoTime() - started) / 1_000_000);
        return checked(response, signed, isCertificateDownload(request.tag(Invocation.class)));
    }

    private String bodyWithEncryptedFields(Request request, EncryptionKey key) throws IOException {
        RequestBody original = request.body();
        if (original == null) {
            return "";
        }
        Buffer buffer = new Buffer();
        original.writeTo(buffer);
        String body = buffer.readUtf8();
        Type bodyType = bodyType(request.tag(Invocation.class));
        if (bodyType == null || !encryptedFields.any(bodyType)) {
            return body;
        }
        if (key == null) {
            throw new ConfigurationException("no WeChat Pay key to encrypt with: no platform certificate is valid now"
                    + " (known: " + trust.knownSerials() + "); configure the WeChat Pay public key");
        }
        JsonElement json = JsonParser.parseString(body);
        encryptedFields.encrypt(json, bodyType,
                (field, plaintext) -> rsaOaep.encrypt(key.publicKey(), field, plaintext));
        return gson.toJson(json);
    }

    private Type bodyType(Invocation invocation) {
        if (invocation == null) {
            return null;
        }
        // reflection copies its arrays on every call: look each method up once
        return bodyTypes.computeIfAbsent(invocation.method(), WechatPayInterceptor::findBodyType).orElse(null);
    }

    private static Optional<Type> findBodyType(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof Body) {
                    return Optional.of(method.getGenericParameterTypes()[i]);
                }
            }
        }
        return Optional.empty();
    }

    /** The raw path plus {@code ?query} exactly as sent, never a bare trailing {@code ?}. */
    static String canonicalUrl(HttpUrl url) {
        String query = url.encodedQuery();
        return query == null || query.isEmpty() ? url.encodedPath() : url.encodedPath() + "?" + query;
    }

    private static boolean isCertificateDownload(Invocation invocation) {
        return invocation != null && invocation.method().isAnnotationPresent(PlatformCertificateDownload.class);
    }

    private Response checked(Response response, RequestSigner.Signed signed, boolean certificateDownload)
            throws IOException {
        ResponseBody responseBody = response.body();
        byte[] raw = responseBody == null ? new byte[0] : responseBody.bytes();
        String text = new String(raw, StandardCharsets.UTF_8);
        ResponseSignature signature = ResponseSignature.fromHeaders(response::header);
        ResponseVerifier checking = certificateDownload ? verifier.withTrust(trust.forCertificateDownload(text)) : verifier;

        if (response.isSuccessful() && response.code() != 202) {
            checking.verify(signature, text);
            // the body was verified as UTF-8 text: parse it as that, whatever charset the unsigned header names
            return response.newBuilder().body(ResponseBody.create(raw, JSON_UTF8)).build();
        }
        response.close();
        // Decode the error first: error answers are often unsigned, and verifying first would hide them.
        boolean verified = signature.isPresent() && verifies(checking, signature, text);
        String diagnosis = response.code() == 401 ? signErrorDiagnosis(signed) : null;
        throw ErrorResponses.toException(response.code(), text, signature.requestId(), verified, diagnosis);
    }

    private static boolean verifies(ResponseVerifier verifier, ResponseSignature signature, String body) {
        try {
            verifier.verify(signature, body);
            return true;
        } catch (ResponseVerificationException e) {
            return false;
        }
    }

    /** Shows the string we signed so it can be compared with what WeChat Pay reports it verified. */
    private static String signErrorDiagnosis(RequestSigner.Signed signed) {
        return "The string this client signed (\\n shown as ⏎):\n"
                + signed.message().replace("\n", "⏎\n")
                + "Compare it with the message in the error detail, if any; check the merchant serial number, "
                + "the private key and this machine's clock.";
    }
}
