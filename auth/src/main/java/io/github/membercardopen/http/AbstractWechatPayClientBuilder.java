package io.github.membercardopen.http;

import com.google.gson.GsonBuilder;
import io.github.membercardopen.auth.crypto.CryptoProvider;
import io.github.membercardopen.auth.crypto.Nonces;
import io.github.membercardopen.auth.crypto.RsaOaep;
import io.github.membercardopen.auth.crypto.Sha256WithRsa;
import io.github.membercardopen.auth.keys.KeyLoader;
import io.github.membercardopen.auth.signing.RequestSigner;
import io.github.membercardopen.auth.trust.WechatPayPublicKeyTrust;
import io.github.membercardopen.auth.trust.WechatPayTrust;
import io.github.membercardopen.auth.verify.ResponseVerifier;
import io.github.membercardopen.error.ConfigurationException;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

import java.io.Closeable;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Settings shared by every generated {@code WechatPayClient.Builder}: merchant credentials, WeChat Pay's
 * public key, base URL, timeouts, the OkHttp client and the crypto provider.
 *
 * @param <B> the concrete builder, so chained calls keep its type
 */
public abstract class AbstractWechatPayClientBuilder<B extends AbstractWechatPayClientBuilder<B>> {
    public static final String DEFAULT_BASE_URL = "https://api.mch.weixin.qq.com/";

    private String merchantId;
    private String merchantSerialNumber;
    private PrivateKey merchantPrivateKey;
    private WechatPayTrust trust;
    private String baseUrl = DEFAULT_BASE_URL;
    private OkHttpClient okHttpClient;
    private Interceptor transport;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofSeconds(60);
    private CryptoProvider cryptoProvider;
    private Clock clock = Clock.systemUTC();

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** The merchant id ({@code mchid}) that signs the requests. */
    public B merchantId(String merchantId) {
        this.merchantId = merchantId;
        return self();
    }

    /** The serial number of the merchant API certificate, as WeChat Pay or {@code openssl x509 -serial} shows it. */
    public B merchantSerialNumber(String merchantSerialNumber) {
        this.merchantSerialNumber = merchantSerialNumber;
        return self();
    }

    /** {@code apiclient_key.pem}: PKCS#8 or PKCS#1 PEM. */
    public B merchantPrivateKey(Path pemFile) {
        return merchantPrivateKey(KeyLoader.privateKey(pemFile));
    }

    /** The merchant private key as PEM text, for keys kept in a secret store. */
    public B merchantPrivateKeyFromPem(String pem) {
        return merchantPrivateKey(KeyLoader.privateKeyFromPem(pem));
    }

    /** The merchant private key from {@code apiclient_cert.p12}. */
    public B merchantPrivateKeyFromPkcs12(Path p12File, char[] password) {
        return merchantPrivateKey(KeyLoader.privateKeyFromPkcs12(p12File, password));
    }

    public B merchantPrivateKey(PrivateKey privateKey) {
        this.merchantPrivateKey = privateKey;
        return self();
    }

    /** Public-key mode: the WeChat Pay public key file ({@code pub_key.pem}) and its id ({@code PUB_KEY_ID_...}). */
    public B wechatpayPublicKey(String publicKeyId, Path pemFile) {
        return wechatpayPublicKey(publicKeyId, KeyLoader.publicKey(pemFile));
    }

    public B wechatpayPublicKeyFromPem(String publicKeyId, String pem) {
        return wechatpayPublicKey(publicKeyId, KeyLoader.publicKeyFromPem(pem));
    }

    public B wechatpayPublicKey(String publicKeyId, PublicKey publicKey) {
        if (publicKeyId == null || publicKeyId.trim().isEmpty()) {
            throw new ConfigurationException("the WeChat Pay public key id (PUB_KEY_ID_...) is required");
        }
        return trust(new WechatPayPublicKeyTrust(publicKeyId.trim(), publicKey));
    }

    /** Any other way of trusting WeChat Pay's keys (platform certificates, mixed mode). */
    public B trust(WechatPayTrust trust) {
        this.trust = trust;
        return self();
    }

    /** Overrides {@value #DEFAULT_BASE_URL}, for the backup host, a proxy or the sandbox. */
    public B baseUrl(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return self();
    }

    /** An OkHttp client to build on (its pool, dispatcher, proxies); the interceptor is added to a copy. */
    public B okHttpClient(OkHttpClient okHttpClient) {
        this.okHttpClient = okHttpClient;
        return self();
    }

    /**
     * For tests and benchmarks: an interceptor placed after the signing interceptor that answers instead
     * of the network. It sees the request exactly as signed and must return a response without calling
     * {@code chain.proceed}; the response then goes through verification like any other.
     */
    public B transport(Interceptor transport) {
        this.transport = transport;
        return self();
    }

    public B connectTimeout(Duration timeout) {
        this.connectTimeout = timeout;
        return self();
    }

    public B readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return self();
    }

    public B writeTimeout(Duration timeout) {
        this.writeTimeout = timeout;
        return self();
    }

    /** The limit for a whole call, connection to last byte. */
    public B callTimeout(Duration timeout) {
        this.callTimeout = timeout;
        return self();
    }

    /** Which JCA provider runs RSA; default {@link CryptoProvider#auto()}. */
    public B cryptoProvider(CryptoProvider cryptoProvider) {
        this.cryptoProvider = cryptoProvider;
        return self();
    }

    /** For tests: the clock that stamps requests and judges response timestamps. */
    public B clock(Clock clock) {
        this.clock = clock;
        return self();
    }

    protected Clock clock() {
        return clock;
    }

    protected CryptoProvider cryptoProvider() {
        return cryptoProvider == null ? CryptoProvider.auto() : cryptoProvider;
    }

    /**
     * The trust to use; subclasses override to build certificate or mixed trust. Resources it needs
     * closed (a refresher thread) go into {@code closeables}.
     */
    protected WechatPayTrust trust(List<Closeable> closeables) {
        if (trust == null) {
            throw new ConfigurationException("configure the WeChat Pay public key (PUB_KEY_ID_... and pub_key.pem) "
                    + "with wechatpayPublicKey(id, path)");
        }
        return trust;
    }

    /** Checks the settings and wires the client; throws {@link ConfigurationException} naming what is missing. */
    protected WechatPayClientCore buildCore() {
        require(merchantId, "merchantId (mchid)");
        require(merchantSerialNumber, "merchantSerialNumber (the merchant API certificate serial)");
        if (merchantPrivateKey == null) {
            throw new ConfigurationException("merchantPrivateKey (apiclient_key.pem) is required");
        }
        CryptoProvider provider = cryptoProvider();
        Sha256WithRsa rsa = new Sha256WithRsa(provider);
        List<Closeable> closeables = new ArrayList<>();
        WechatPayTrust resolved = trust(closeables);
        RequestSigner signer = new RequestSigner(merchantId.trim(), merchantSerialNumber.trim(), merchantPrivateKey,
                rsa, new Nonces(), clock);
        WechatPayInterceptor interceptor = new WechatPayInterceptor(signer,
                new ResponseVerifier(resolved, rsa, clock), resolved, new RsaOaep(provider));

        OkHttpClient base = okHttpClient == null ? new OkHttpClient() : okHttpClient;
        OkHttpClient.Builder http = base.newBuilder()
                .addInterceptor(interceptor)
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(writeTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
        if (transport != null) {
            http.addInterceptor(transport);
        }
        Retrofit retrofit = new Retrofit.Builder()
                .baseUrl(baseUrl)
                .client(http.build())
                .addCallAdapterFactory(new WechatPayCallAdapterFactory())
                .addConverterFactory(GsonConverterFactory.create(new GsonBuilder().disableHtmlEscaping().create()))
                .build();
        return new WechatPayClientCore(retrofit, closeables);
    }

    private static void require(String value, String what) {
        if (value == null || value.trim().isEmpty()) {
            throw new ConfigurationException(what + " is required");
        }
    }
}
