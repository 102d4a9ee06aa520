package io.github.membercardopen.sandbox;

import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Response;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * An OkHttp network interceptor for clients of the sandbox that look headers up case-sensitively, such as
 * the official wechatpay-java SDK: it respells the response headers as WeChat Pay spells them. The sandbox
 * runs on the JDK's HttpServer, which writes {@code Wechatpay-timestamp}. Known gap of the sandbox; our
 * client reads headers case-insensitively.
 */
public final class WechatPayHeaderCase implements Interceptor {
    private static final List<String> WECHATPAY_HEADERS = Arrays.asList("Wechatpay-Timestamp", "Wechatpay-Nonce",
            "Wechatpay-Signature", "Wechatpay-Serial", "Wechatpay-Signature-Type", "Request-ID");

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        Headers.Builder headers = new Headers.Builder();
        for (String name : response.headers().names()) {
            String spelled = WECHATPAY_HEADERS.stream().filter(name::equalsIgnoreCase).findFirst().orElse(name);
            for (String value : response.headers(name)) {
                headers.add(spelled, value);
            }
        }
        return response.newBuilder().headers(headers.build()).build();
    }
}
