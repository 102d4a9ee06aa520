package io.github.membercardopen.sandbox;

import io.github.membercardopen.auth.keys.KeyLoader;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;

/**
 * A complete set of generated keys for one sandbox: the merchant's key and certificate, a WeChat Pay
 * public key with its id, a platform certificate and an APIv3 key. Never use them outside tests.
 */
public final class ThrowawayCredentials {
    /** The file names {@link #writeTo(Path)} uses, as WeChat Pay names the downloads where it has a name. */
    public static final String MERCHANT_KEY_FILE = "apiclient_key.pem";
    public static final String MERCHANT_CERTIFICATE_FILE = "apiclient_cert.pem";
    public static final String WECHATPAY_PUBLIC_KEY_FILE = "pub_key.pem";
    public static final String WECHATPAY_PRIVATE_KEY_FILE = "wechatpay_private_key.pem";
    public static final String PLATFORM_CERTIFICATE_FILE = "platform_cert.pem";
    public static final String PLATFORM_KEY_FILE = "platform_key.pem";
    public static final String SETTINGS_FILE = "sandbox.properties";

    private final String merchantId;
    private final KeyPair merchantKeys;
    private final X509Certificate merchantCertificate;
    private final String publicKeyId;
    private final KeyPair wechatpayKeys;
    private final PlatformCertificate platformCertificate;
    private final String apiV3Key;

    private ThrowawayCredentials(String merchantId) {
        this.merchantId = merchantId;
        this.merchantKeys = ThrowawayKeys.rsa2048();
        this.merchantCertificate = ThrowawayKeys.certificate(merchantKeys,
                "CN=" + merchantId + ",OU=membercard-open sandbox,O=Sandbox Merchant,C=CN", Duration.ofDays(5 * 365));
        this.publicKeyId = ThrowawayKeys.publicKeyId();
        this.wechatpayKeys = ThrowawayKeys.rsa2048();
        KeyPair platformKeys = ThrowawayKeys.rsa2048();
        this.platformCertificate = new PlatformCertificate(ThrowawayKeys.certificate(platformKeys,
                PlatformCertificates.SUBJECT, Duration.ofDays(5 * 365)), platformKeys.getPrivate());
        this.apiV3Key = ThrowawayKeys.apiV3Key();
    }

    /** Generates everything for merchant {@code merchantId} (takes a second or so: four RSA key pairs). */
    public static ThrowawayCredentials generate(String merchantId) {
        return new ThrowawayCredentials(merchantId);
    }

    public String merchantId() {
        return merchantId;
    }

    public PrivateKey merchantPrivateKey() {
        return merchantKeys.getPrivate();
    }

    public X509Certificate merchantCertificate() {
        return merchantCertificate;
    }

    public String merchantSerialNumber() {
        return KeyLoader.serialNumber(merchantCertificate);
    }

    public String publicKeyId() {
        return publicKeyId;
    }

    public KeyPair wechatpayKeys() {
        return wechatpayKeys;
    }

    public PublicKey wechatpayPublicKey() {
        return wechatpayKeys.getPublic();
    }

    public PlatformCertificate platformCertificate() {
        return platformCertificate;
    }

    public String apiV3Key() {
        return apiV3Key;
    }

    /**
     * Writes every key and certificate as PEM into {@code directory}, plus {@value #SETTINGS_FILE} with the
     * merchant id, serial numbers, public-key id and APIv3 key.
     */
    public void writeTo(Path directory) {
        PemFiles.write(directory.resolve(MERCHANT_KEY_FILE), PemFiles.pem(merchantKeys.getPrivate()));
        PemFiles.write(directory.resolve(MERCHANT_CERTIFICATE_FILE), PemFiles.pem(merchantCertificate));
        PemFiles.write(directory.resolve(WECHATPAY_PUBLIC_KEY_FILE), PemFiles.pem(wechatpayKeys.getPublic()));
        PemFiles.write(directory.resolve(WECHATPAY_PRIVATE_KEY_FILE), PemFiles.pem(wechatpayKeys.getPrivate()));
        PemFiles.write(directory.resolve(PLATFORM_CERTIFICATE_FILE), PemFiles.pem(platformCertificate.certificate()));
        PemFiles.write(directory.resolve(PLATFORM_KEY_FILE), PemFiles.pem(platformCertificate.privateKey()));
        PemFiles.write(directory.resolve(SETTINGS_FILE),
                "# Throwaway sandbox credentials: never use them against WeChat Pay.\n"
                        + "merchant_id=" + merchantId + "\n"
                        + "merchant_serial_number=" + merchantSerialNumber() + "\n"
                        + "wechatpay_public_key_id=" + publicKeyId + "\n"
                        + "platform_certificate_serial_number=" + platformCertificate.serialNumber() + "\n"
                        + "api_v3_key=" + apiV3Key + "\n");
    }

    @Override
    public String toString() {
        return "ThrowawayCredentials for merchant " + merchantId + " (public key id " + publicKeyId + ")";
    }
}
