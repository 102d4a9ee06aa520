package io.github.membercardopen.cli.config;

import io.github.membercardopen.auth.keys.KeyLoader;
import io.github.membercardopen.client.WechatPayClient;
import io.github.membercardopen.error.ConfigurationException;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Builds the client the importer calls through, from resolved {@link Credentials}, and the secret its
 * {@code out_request_no}s are derived with.
 */
public final class ClientSetup {
    private static final byte[] OUT_REQUEST_NO_CONTEXT = "membercard-open/out_request_no/v1".getBytes(StandardCharsets.US_ASCII);

    private ClientSetup() {
    }

    /** A client with a connection pool sized for {@code concurrency} and timeouts that bound every call. */
    public static WechatPayClient.Builder builder(int concurrency, Duration callTimeout) {
        return WechatPayClient.builder()
                .okHttpClient(new OkHttpClient.Builder()
                        .connectionPool(new ConnectionPool(concurrency, 5, TimeUnit.MINUTES))
                        .build())
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(callTimeout)
                .writeTimeout(callTimeout)
                .callTimeout(callTimeout);
    }

    /** Applies {@code credentials} with the already loaded {@code merchantKey}, naming what is missing. */
    public static WechatPayClient.Builder withCredentials(WechatPayClient.Builder builder, Credentials credentials,
                                                         PrivateKey merchantKey) {
        builder.merchantId(required(credentials.merchantId(), "--mchid (or MEMBERCARD_MCHID)"))
                .merchantSerialNumber(required(credentials.merchantSerial(), "--merchant-serial (or MEMBERCARD_MERCHANT_SERIAL)"))
                .merchantPrivateKey(merchantKey);
        if (credentials.publicKeyId() != null || credentials.publicKeyFile() != null) {
            builder.wechatpayPublicKey(required(credentials.publicKeyId(), "--wechatpay-public-key-id"),
                    KeyLoader.publicKey(requiredPath(credentials, "--wechatpay-public-key")));
        }
        if (credentials.apiV3KeyFile() != null) {
            builder.apiV3KeyFile(credentials.apiV3KeyFile());
        } else if (credentials.apiV3Key() != null) {
            builder.apiV3Key(credentials.apiV3Key());
        }
        if (credentials.baseUrl() != null) {
            builder.baseUrl(credentials.baseUrl());
        }
        return builder;
    }

    /** The merchant private key from the file, or from PEM text in the environment. */
    public static PrivateKey merchantKey(Credentials credentials) {
        if (credentials.merchantKeyFile() != null) {
            return KeyLoader.privateKey(credentials.merchantKeyFile());
        }
        if (credentials.merchantKeyPem() != null) {
            return KeyLoader.privateKeyFromPem(credentials.merchantKeyPem());
        }
        throw new ConfigurationException("--merchant-key (apiclient_key.pem; or MEMBERCARD_MERCHANT_KEY_FILE) is required");
    }

    /**
     * The HMAC secret for {@code out_request_no}s: a hash of the merchant private key, so the numbers are
     * stable across runs and machines (a lost state file still resumes with the same numbers) yet reveal
     * nothing. A rotated key gives other numbers: the state file records a fingerprint and refuses it.
     */
    public static byte[] outRequestNoSecret(PrivateKey merchantKey) {
        MessageDigest sha256 = sha256();
        sha256.update(OUT_REQUEST_NO_CONTEXT);
        return sha256.digest(merchantKey.getEncoded());
    }

    /** A short, one-way fingerprint of the out_request_no secret, recorded in the state file. */
    public static String fingerprint(byte[] secret) {
        return java.util.HexFormat.of().formatHex(sha256().digest(secret), 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    private static String required(String value, String what) {
        if (value == null) {
            throw new ConfigurationException(what + " is required when credentials are given");
        }
        return value;
    }

    private static java.nio.file.Path requiredPath(Credentials credentials, String what) {
        if (credentials.publicKeyFile() == null) {
            throw new ConfigurationException(what + " (pub_key.pem) is required with --wechatpay-public-key-id");
        }
        return credentials.publicKeyFile();
    }
}
