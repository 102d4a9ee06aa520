package io.github.membercardopen.bench;

import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Response;

import java.io.IOException;
import java.util.List;

/**
 * Respells the sandbox's response headers as WeChat Pay spells them. The sandbox runs on the JDK's
 * HttpServer, which writes {@code Wechatpay-timestamp}; the official SDK looks headers up case-sensitively.
 * The same idea as the network interceptor of the sandbox's {@code OfficialSdkInteropTest}.
 */
final class WechatPayHeaderCase implements Interceptor {
    private static final List<String> WECHATPAY_HEADERS = List.of("Wechatpay-Timestamp", "Wechatpay-Nonce",
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
