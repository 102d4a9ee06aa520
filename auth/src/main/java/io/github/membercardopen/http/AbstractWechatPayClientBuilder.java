package io.github.membercardopen.http;

import com.google.gson.GsonBuilder;
import io.github.membercardopen.auth.crypto.AeadAes256Gcm;
import io.github.membercardopen.auth.crypto.CryptoProvider;
import io.github.membercardopen.auth.crypto.Nonces;
import io.github.membercardopen.auth.crypto.RsaOaep;
import io.github.membercardopen.auth.crypto.Sha256WithRsa;
import io.github.membercardopen.auth.keys.KeyLoader;
import io.github.membercardopen.auth.signing.RequestSigner;
import io.github.membercardopen.auth.trust.EncryptionKeyChoice;
import io.github.membercardopen.auth.trust.MixedModeTrust;
import io.github.membercardopen.auth.trust.PlatformCertificateSource;
import io.github.membercardopen.auth.trust.WechatPayPublicKeyTrust;
import io.github.membercardopen.auth.trust.WechatPayTrust;
import io.github.membercardopen.auth.verify.ResponseVerifier;
import io.github.membercardopen.error.ConfigurationException;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * public key and/or the APIv3 key for platform certificates, base URL, timeouts, the OkHttp client and
 * the crypto provider.
 *
 * @param <B> the concrete builder, so chained calls keep its type
 */
public abstract class AbstractWechatPayClientBuilder<B extends AbstractWechatPayClientBuilder<B>> {
    public static final String DEFAULT_BASE_URL = "https://api.mch.weixin.qq.com/";
    public static final Duration DEFAULT_CERTIFICATE_REFRESH_INTERVAL = Duration.ofHours(1);
    /** WeChat Pay advises polling for new platform certificates more often than every 12 hours. */
    static final Duration MAX_CERTIFICATE_REFRESH_INTERVAL = Duration.ofHours(12);

    private String merchantId;
    private String merchantSerialNumber;
    private PrivateKey merchantPrivateKey;
    private WechatPayTrust trust;
    private String apiV3Key;
    private EncryptionKeyChoice encryptWith = EncryptionKeyChoice.PUBLIC_KEY;
    private Duration certificateRefreshInterval = DEFAULT_CERTIFICATE_REFRESH_INTERVAL;
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

    /** A custom trust in place of the public key; with {@link #apiV3Key(String)} it joins the certificates. */
    public B trust(WechatPayTrust trust) {
        this.trust = trust;
        return self();
    }

    /**
     * Certificate mode, or mixed mode together with {@link #wechatpayPublicKey(String, Path)}: the APIv3
     * key (32 characters, 商户平台 → API安全) that decrypts the platform certificates this client downloads
     * and refreshes. Surrounding whitespace is ignored.
     */
    public B apiV3Key(String apiV3Key) {
        String trimmed = apiV3Key == null ? "" : apiV3Key.trim();
        try {
            new AeadAes256Gcm(trimmed);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("the APIv3 key must be 32 characters, as shown in the merchant platform "
                    + "under API security; got " + trimmed.length());
        }
        this.apiV3Key = trimmed;
        return self();
    }

    /** {@link #apiV3Key(String)} read from a UTF-8 text file, surrounding whitespace and newline ignored. */
    public B apiV3KeyFile(Path file) {
        try {
            return apiV3Key(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the APIv3 key file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * In mixed mode, which key encrypts request fields and so which id every request's
     * {@code Wechatpay-Serial} carries; default {@link EncryptionKeyChoice#PUBLIC_KEY}. Responses signed
     * by either key are accepted whatever this says.
     */
    public B encryptWith(EncryptionKeyChoice choice) {
        if (choice == null) {
            throw new ConfigurationException("encryptWith needs PUBLIC_KEY or PLATFORM_CERTIFICATE");
        }
        this.encryptWith = choice;
        return self();
    }

    /** How often platform certificates are downloaded again; default one hour, at most 12 hours. */
    public B certificateRefreshInterval(Duration interval) {
        if (interval == null || interval.isNegative() || interval.isZero()
                || interval.compareTo(MAX_CERTIFICATE_REFRESH_INTERVAL) > 0) {
            throw new ConfigurationException("certificateRefreshInterval must be positive and at most 12 hours");
        }
        this.certificateRefreshInterval = interval;
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
     * The spec's operation marked {@code x-wechatpay-certificate-download}, reached through {@code core};
     * the generated builder overrides this. {@code null} means the client cannot download certificates.
     */
    protected PlatformCertificateSource certificateSource(WechatPayClientCore core) {
        return null;
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
        PlatformCertificateSetup certificates = apiV3Key == null
                ? null : new PlatformCertificateSetup(apiV3Key, merchantId.trim(), clock);
        WechatPayTrust resolved = resolveTrust(certificates);
        RequestSigner signer = new RequestSigner(merchantId.trim(), merchantSerialNumber.trim(),
                provider.nativeKey(merchantPrivateKey),
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
        List<Closeable> closeables = new ArrayList<>();
        if (okHttpClient == null) {
            // our own OkHttp client: its threads and connections are ours to release on close()
            closeables.add(() -> releaseOkHttp((OkHttpClient) retrofit.callFactory()));
        }
        WechatPayClientCore core = new WechatPayClientCore(retrofit, closeables);
        // The refresher needs the core to reach the download, and the core closes it: added to the shared list.
        if (certificates != null) {
            boolean certificatesRequired = trust == null || encryptWith == EncryptionKeyChoice.PLATFORM_CERTIFICATE;
            closeables.add(certificates.start(certificateSource(core), certificateRefreshInterval, certificatesRequired));
        }
        return core;
    }

    private WechatPayTrust resolveTrust(PlatformCertificateSetup certificates) {
        if (certificates == null) {
            if (trust == null) {
                throw new ConfigurationException("configure the WeChat Pay public key (PUB_KEY_ID_... and pub_key.pem) "
                        + "with wechatpayPublicKey(id, path), or the APIv3 key for platform certificates");
            }
            return trust;
        }
        return trust == null ? certificates.store() : new MixedModeTrust(trust, certificates.store(), encryptWith);
    }

    private static void releaseOkHttp(OkHttpClient client) {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    private static void require(String value, String what) {
        if (value == null || value.trim().isEmpty()) {
            throw new ConfigurationException(what + " is required");
        }
    }
}
