package io.github.membercardopen.bench;

import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;

/**
 * Stands in for WeChat Pay in process: answers every request with the same 200 import response, signed
 * by the fake WeChat Pay key. It never calls {@code chain.proceed}, so it must be the last interceptor.
 * Signing happens in {@link #signAt}, outside the measured calls.
 */
final class CannedWechatPay implements Interceptor {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final String NONCE = "c5ac7061fccab6bf3e254dcf98995b8c";

    private final PrivateKey wechatpayKey;
    private final String publicKeyId;
    private final byte[] body = ImportFixture.RESPONSE_BODY.getBytes(StandardCharsets.UTF_8);
    private volatile Headers headers;
    private volatile Request lastRequest;

    CannedWechatPay(PrivateKey wechatpayKey, String publicKeyId) {
        this.wechatpayKey = wechatpayKey;
        this.publicKeyId = publicKeyId;
    }

    /** Signs the canned answer with {@code Wechatpay-Timestamp} = {@code epochSecond}. */
    CannedWechatPay signAt(long epochSecond) {
        String signature = ImportFixture.sign(wechatpayKey,
                ImportFixture.responseMessage(epochSecond, NONCE, ImportFixture.RESPONSE_BODY));
        headers = new Headers.Builder()
                .add("Request-ID", "08F8B1A1B10610D0BENCH")
                .add("Wechatpay-Timestamp", Long.toString(epochSecond))
                .add("Wechatpay-Nonce", NONCE)
                .add("Wechatpay-Signature", signature)
                .add("Wechatpay-Serial", publicKeyId)
                .add("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048")
                .add("Content-Type", JSON.toString())
                .build();
        return this;
    }

    /** The last request answered, as the client sent it: for checks outside the measured calls. */
    Request lastRequest() {
        return lastRequest;
    }

    @Override
    public Response intercept(Chain chain) {
        Request request = chain.request();
        lastRequest = request;
        return new Response.Builder()
                .request(request)
                .protocol(Protocol.HTTP_1_1)
                .code(200)
                .message("OK")
                .headers(headers)
                .body(ResponseBody.create(body, JSON))
                .build();
    }
}
