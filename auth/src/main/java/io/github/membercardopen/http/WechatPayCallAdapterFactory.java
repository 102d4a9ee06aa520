package io.github.membercardopen.http;

import com.google.gson.JsonParseException;
import io.github.membercardopen.error.ResponseVerificationException;
import io.github.membercardopen.error.TransportException;
import io.github.membercardopen.error.WechatPayException;
import okhttp3.Request;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Callback;
import retrofit2.Invocation;
import retrofit2.Response;
import retrofit2.Retrofit;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;

/**
 * Lets generated methods return the response model directly (blocking, throwing a typed
 * {@link WechatPayException}) or a {@link CompletableFuture} of it (completed exceptionally with one).
 * Arguments are checked against the spec before anything is sent.
 */
public final class WechatPayCallAdapterFactory extends CallAdapter.Factory {
    private final InvocationChecks checks = new InvocationChecks();
    @Override
    public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
        Class<?> raw = getRawType(returnType);
        if (raw == Call.class) {
            return null;
        }
        if (raw == CompletableFuture.class) {
            if (!(returnType instanceof ParameterizedType)) {
                throw new IllegalArgumentException("CompletableFuture return type must be parameterized");
            }
            return new AsyncAdapter<>(getParameterUpperBound(0, (ParameterizedType) returnType), checks);
        }
        return new BlockingAdapter<>(returnType, checks);
    }

    /** Checks a call's arguments before adapting it. */
    private abstract static class CheckedAdapter<R, T> implements CallAdapter<R, T> {
        private final Type responseType;
        final InvocationChecks checks;

        CheckedAdapter(Type responseType, InvocationChecks checks) {
            this.responseType = responseType;
            this.checks = checks;
        }

        @Override
        public Type responseType() {
            return responseType;
        }
    }

    private static final class BlockingAdapter<R> extends CheckedAdapter<R, Object> {
        BlockingAdapter(Type responseType, InvocationChecks checks) {
            super(responseType, checks);
        }

        @Override
        public Object adapt(Call<R> call) {
            checks.check(call.request().tag(Invocation.class));
            try {
                return bodyOf(call.execute(), call.request());
            } catch (IOException e) {
                throw typed(e, call.request());
            } catch (JsonParseException e) {
                throw unreadable(e);
            }
        }
    }

    private static final class AsyncAdapter<R> extends CheckedAdapter<R, CompletableFuture<R>> {
        AsyncAdapter(Type responseType, InvocationChecks checks) {
            super(responseType, checks);
        }

        @Override
        public CompletableFuture<R> adapt(Call<R> call) {
            CompletableFuture<R> future = new CompletableFuture<R>() {
                @Override
                public boolean cancel(boolean mayInterruptIfRunning) {
                    call.cancel();
                    return super.cancel(mayInterruptIfRunning);
                }
            };
            try {
                checks.check(call.request().tag(Invocation.class));
            } catch (WechatPayException e) {
                future.completeExceptionally(e);
                return future;
            }
            call.enqueue(new Callback<R>() {
                @Override
                public void onResponse(Call<R> c, Response<R> response) {
                    try {
                        future.complete(bodyOf(response, c.request()));
                    } catch (WechatPayException e) {
                        future.completeExceptionally(e);
                    }
                }

                @Override
                public void onFailure(Call<R> c, Throwable t) {
                    future.completeExceptionally(t instanceof IOException ? typed((IOException) t, c.request())
                            : t instanceof JsonParseException ? unreadable((JsonParseException) t) : t);
                }
            });
            return future;
        }
    }

    /** The model of a 2xx; the error branch only runs without our interceptor, which raises errors itself. */
    private static <R> R bodyOf(Response<R> response, Request request) {
        if (response.isSuccessful()) {
            return response.body();
        }
        String body;
        try {
            body = response.errorBody() == null ? "" : response.errorBody().string();
        } catch (IOException e) {
            throw typed(e, request);
        }
        throw ErrorResponses.toException(response.code(), body, response.headers().get("Request-ID"), false, null);
    }

    /** A verified answer that is not the JSON the spec describes: treat it like any answer we cannot trust. */
    private static WechatPayException unreadable(JsonParseException e) {
        return new ResponseVerificationException("the answer is not the JSON the spec describes: " + e.getMessage(), null);
    }

    private static WechatPayException typed(IOException e, Request request) {
        if (e instanceof WechatPayIOException) {
            return ((WechatPayIOException) e).getCause();
        }
        return new TransportException(request.method() + " " + request.url().encodedPath() + " failed", e);
    }
}
