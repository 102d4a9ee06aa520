package io.github.membercardopen.sandbox;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.github.membercardopen.auth.crypto.AeadAes256Gcm;
import io.github.membercardopen.auth.crypto.CryptoProvider;
import io.github.membercardopen.auth.crypto.RsaOaep;
import io.github.membercardopen.auth.crypto.Sha256WithRsa;
import io.github.membercardopen.auth.keys.KeyLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A local WeChat Pay APIv3 simulator for the member-card phone import, serving real HTTP. It checks the
 * merchant's signature and {@code Wechatpay-Serial}, decrypts and validates the phone, is idempotent on
 * {@code out_request_no}, signs every answer and injects faults on demand ({@link #faults()}). Everything
 * it imported is inspectable ({@link #importedMembers()}). Thread-safe; holds no static state, so several
 * sandboxes can run in one JVM.
 * <pre>{@code
 * ThrowawayCredentials keys = ThrowawayCredentials.generate("1900000001");
 * try (WechatPaySandbox sandbox = WechatPaySandbox.builder().credentials(keys)
 *         .card("pbLatjvWOibDc5-TBnbUk1pD12o0", CodeMode.SYSTEM_ALLOCATE).start()) {
 *     // point a client at sandbox.baseUrl() with keys.merchantPrivateKey(), keys.publicKeyId(), ...
 * }
 * }</pre>
 */
public final class WechatPaySandbox implements AutoCloseable {
    /** Cards a sandbox has when none are configured, one per code mode. */
    public static final String SYSTEM_ALLOCATE_CARD = "pSandboxSystemAllocateCard00001";
    public static final String REAL_TIME_CARD = "pSandboxRealTimeCard00000000001";
    public static final String MERCHANT_DEPOSIT_CARD = "pSandboxMerchantDepositCard0001";

    private final String merchantId;
    private final String merchantSerialNumber;
    private final String publicKeyId;
    private final WechatPayKeyRing keys;
    private final MemberRegistry registry;
    private final SandboxFaults faults;
    private final SandboxHttpServer server;

    private WechatPaySandbox(Builder builder) throws IOException {
        this.merchantId = builder.merchantId;
        this.merchantSerialNumber = KeyLoader.serialNumber(builder.merchantCertificate);
        this.publicKeyId = builder.publicKeyId;
        CryptoProvider provider = CryptoProvider.auto();
        this.keys = new WechatPayKeyRing(builder.publicKeyId, provider.nativeKey(builder.wechatpayPrivateKey),
                new PlatformCertificates(builder.platformCertificates));
        this.registry = new MemberRegistry(builder.cards.isEmpty() ? defaultCards() : builder.cards,
                builder.clock, builder.seed);
        this.faults = new SandboxFaults(builder.seed);
        Sha256WithRsa rsa = new Sha256WithRsa(provider);
        Gson gson = new GsonBuilder().disableHtmlEscaping().create();
        this.server = new SandboxHttpServer(new InetSocketAddress(builder.host, builder.port), builder.threads,
                new RequestAuthenticator(merchantId, merchantSerialNumber, builder.merchantCertificate.getPublicKey(),
                        rsa, builder.clock),
                new ImportHandler(keys, new RsaOaep(provider), registry, gson),
                new CertificatesHandler(keys.platformCertificates(),
                        builder.apiV3Key == null ? null : new AeadAes256Gcm(builder.apiV3Key), gson),
                new ResponseSigner(keys, rsa, builder.clock), faults, gson);
    }

    private static Map<String, CodeMode> defaultCards() {
        Map<String, CodeMode> cards = new LinkedHashMap<>();
        cards.put(SYSTEM_ALLOCATE_CARD, CodeMode.SYSTEM_ALLOCATE);
        cards.put(REAL_TIME_CARD, CodeMode.REAL_TIME);
        cards.put(MERCHANT_DEPOSIT_CARD, CodeMode.MERCHANT_DEPOSIT);
        return cards;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://host:port/}, the base URL to give a client. */
    public String baseUrl() {
        InetSocketAddress address = server.address();
        String host = address.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/";
    }

    public int port() {
        return server.address().getPort();
    }

    public String merchantId() {
        return merchantId;
    }

    public String merchantSerialNumber() {
        return merchantSerialNumber;
    }

    /** The WeChat Pay public-key id, or {@code null} in pure certificate mode. */
    public String publicKeyId() {
        return publicKeyId;
    }

    /** Fault settings and counts; change them at any time. */
    public SandboxFaults faults() {
        return faults;
    }

    /** Every member imported so far, in import order. */
    public List<ImportedMember> importedMembers() {
        return registry.members();
    }

    /** The member imported under {@code outRequestNo}, or {@code null}. */
    public ImportedMember importedMember(String outRequestNo) {
        for (ImportedMember member : registry.members()) {
            if (member.outRequestNo().equals(outRequestNo)) {
                return member;
            }
        }
        return null;
    }

    /** Forgets every import (and so every {@code out_request_no}); cards stay. */
    public void clearImportedMembers() {
        registry.clear();
    }

    /** Adds a card while running. */
    public void addCard(String cardId, CodeMode mode) {
        registry.addCard(cardId, mode);
    }

    public Map<String, CodeMode> cards() {
        return registry.cards();
    }

    /** The platform certificates served by {@code /v3/certificates}, oldest first; empty in public-key mode. */
    public List<PlatformCertificate> platformCertificates() {
        return keys.platformCertificates().all();
    }

    /**
     * Adds a newly generated platform certificate: served by {@code /v3/certificates} and accepted for
     * encryption at once; it signs answers once the older ones are retired, as at WeChat Pay, where a new
     * certificate is listed a day before it is activated.
     */
    public PlatformCertificate rotatePlatformCertificate() {
        return keys.platformCertificates().rotate();
    }

    /** Stops serving, signing with and decrypting for the platform certificate {@code serialNumber}. */
    public void retirePlatformCertificate(String serialNumber) {
        PlatformCertificates certificates = keys.platformCertificates();
        if (!keys.hasPublicKey() && certificates.all().size() == 1 && certificates.find(serialNumber) != null) {
            throw new IllegalStateException("cannot retire the last platform certificate without a WeChat Pay public key");
        }
        if (!certificates.remove(serialNumber)) {
            throw new IllegalArgumentException("no platform certificate " + serialNumber);
        }
    }

    /** One line for logs and the standalone main. */
    public String describe() {
        StringBuilder description = new StringBuilder("sandbox ready at ").append(baseUrl())
                .append(" (merchant ").append(merchantId);
        if (publicKeyId != null) {
            description.append(", public key id ").append(publicKeyId);
        }
        for (PlatformCertificate certificate : platformCertificates()) {
            description.append(", platform certificate ").append(certificate.serialNumber());
        }
        return description.append(", cards ").append(cards()).append(')').toString();
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return "WechatPaySandbox at " + baseUrl();
    }

    /** Configures and starts a sandbox. The merchant and at least one WeChat Pay key mode are required. */
    public static final class Builder {
        private String merchantId;
        private X509Certificate merchantCertificate;
        private String publicKeyId;
        private PrivateKey wechatpayPrivateKey;
        private final List<PlatformCertificate> platformCertificates = new ArrayList<>();
        private String apiV3Key;
        private final Map<String, CodeMode> cards = new LinkedHashMap<>();
        private String host = "127.0.0.1";
        private int port;
        private int threads = Math.max(8, 2 * Runtime.getRuntime().availableProcessors());
        private Clock clock = Clock.systemUTC();
        private long seed = System.nanoTime();

        private Builder() {
        }

        /**
         * The merchant and WeChat Pay public key of {@code credentials}: public-key mode, as for new merchants.
         * Add {@link #platformCertificates(ThrowawayCredentials)} for certificate or mixed mode.
         */
        public Builder credentials(ThrowawayCredentials credentials) {
            return merchant(credentials.merchantId(), credentials.merchantCertificate())
                    .wechatpayKey(credentials.publicKeyId(), credentials.wechatpayKeys().getPrivate());
        }

        /** The platform certificate and APIv3 key of {@code credentials}: certificate mode. */
        public Builder platformCertificates(ThrowawayCredentials credentials) {
            return platformCertificate(credentials.platformCertificate()).apiV3Key(credentials.apiV3Key());
        }

        /** The merchant served, and its API certificate ({@code apiclient_cert.pem}) whose key signs requests. */
        public Builder merchant(String merchantId, X509Certificate merchantCertificate) {
            this.merchantId = merchantId;
            this.merchantCertificate = merchantCertificate;
            return this;
        }

        /**
         * Public-key mode: the public-key id ({@code PUB_KEY_ID_...}) and the private key behind the WeChat
         * Pay public key the client holds; it signs answers and decrypts fields.
         */
        public Builder wechatpayKey(String publicKeyId, PrivateKey wechatpayPrivateKey) {
            this.publicKeyId = publicKeyId;
            this.wechatpayPrivateKey = wechatpayPrivateKey;
            return this;
        }

        /** Certificate mode: a platform certificate with its private key; repeatable, the first added signs. */
        public Builder platformCertificate(X509Certificate certificate, PrivateKey privateKey) {
            return platformCertificate(new PlatformCertificate(certificate, privateKey));
        }

        public Builder platformCertificate(PlatformCertificate certificate) {
            platformCertificates.add(certificate);
            return this;
        }

        /** The APIv3 key that encrypts {@code /v3/certificates}; required with platform certificates. */
        public Builder apiV3Key(String apiV3Key) {
            this.apiV3Key = apiV3Key;
            return this;
        }

        /** A card the sandbox knows; without any, it has {@link #SYSTEM_ALLOCATE_CARD} and its two siblings. */
        public Builder card(String cardId, CodeMode mode) {
            cards.put(cardId, mode);
            return this;
        }

        /** Address to bind; default 127.0.0.1. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Port to bind; default 0, any free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Worker threads; default twice the processors, at least 8. */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /** The clock that judges request timestamps and stamps answers. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Seeds fault draws and code allocation, for reproducible runs. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public WechatPaySandbox start() {
            if (merchantId == null || merchantCertificate == null) {
                throw new IllegalStateException("configure the merchant: merchant(mchid, apiclient_cert)");
            }
            if (wechatpayPrivateKey == null && platformCertificates.isEmpty()) {
                throw new IllegalStateException("configure wechatpayKey(id, privateKey), platformCertificate(...) "
                        + "or both");
            }
            if (!platformCertificates.isEmpty() && apiV3Key == null) {
                throw new IllegalStateException("platform certificates need apiV3Key(...) to be served");
            }
            try {
                return new WechatPaySandbox(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
            }
        }
    }
}
