package io.github.membercardopen.sandbox;

import io.github.membercardopen.auth.keys.KeyLoader;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** A WeChat Pay platform certificate with its private key: it signs answers and decrypts fields. */
public final class PlatformCertificate {
    private final X509Certificate certificate;
    private final PrivateKey privateKey;
    private final String serialNumber;

    public PlatformCertificate(X509Certificate certificate, PrivateKey privateKey) {
        this.certificate = certificate;
        this.privateKey = privateKey;
        this.serialNumber = KeyLoader.serialNumber(certificate);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** Upper-case hex, as {@code Wechatpay-Serial} carries it. */
    public String serialNumber() {
        return serialNumber;
    }

    @Override
    public String toString() {
        return "PlatformCertificate " + serialNumber;
    }
}
