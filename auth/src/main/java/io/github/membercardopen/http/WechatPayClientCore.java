package io.github.membercardopen.http;

import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

import java.io.Closeable;
import java.util.List;

/**
 * The wired machinery behind a generated {@code WechatPayClient}: one OkHttp client carrying the
 * {@link WechatPayInterceptor}, one Retrofit, and whatever the trust needs closed (a certificate
 * refresher). Thread-safe; one per merchant.
 */
public final class WechatPayClientCore implements Closeable {
    private final Retrofit retrofit;
    private final List<Closeable> resources;

    WechatPayClientCore(Retrofit retrofit, List<Closeable> resources) {
        this.retrofit = retrofit;
        this.resources = resources;
    }

    /** An implementation of a generated API interface. */
    public <T> T create(Class<T> api) {
        return retrofit.create(api);
    }

    /** The OkHttp client calls go through, interceptor included. */
    public OkHttpClient httpClient() {
        return (OkHttpClient) retrofit.callFactory();
    }

    /** Stops background work (certificate refresh); connection pools are left to the OkHttp client's owner. */
    @Override
    public void close() {
        for (Closeable resource : resources) {
            try {
                resource.close();
            } catch (java.io.IOException | RuntimeException ignored) {
                // closing is best effort: one failing resource must not keep the others open
            }
        }
    }
}
