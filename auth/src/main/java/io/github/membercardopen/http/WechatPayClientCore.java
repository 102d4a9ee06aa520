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

    /**
     * The OkHttp client calls go through, interceptor included. Requests sent through it directly (not
     * through a generated API) carry no spec metadata: they are signed and verified, but no field is
     * encrypted, so never post a plaintext sensitive field this way.
     */
    public OkHttpClient httpClient() {
        return (OkHttpClient) retrofit.callFactory();
    }

    /**
     * Stops background work (certificate refresh) and, when the client built its own OkHttp client, its
     * dispatcher threads and pooled connections; an OkHttp client you passed in stays yours to manage.
     */
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
