package io.github.membercardopen.sandbox;

import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;

/**
 * WeChat Pay's side of the keys: the private half of the WeChat Pay public key and its id, the platform certificates, or
 * both. Answers which private key decrypts a field for a {@code Wechatpay-Serial} and which key signs an
 * answer.
 */
final class WechatPayKeyRing {
    private final String publicKeyId;
    private final PrivateKey publicKeyModeKey;
    private final PlatformCertificates platformCertificates;

    WechatPayKeyRing(String publicKeyId, PrivateKey publicKeyModeKey, PlatformCertificates platformCertificates) {
        this.publicKeyId = publicKeyId;
        this.publicKeyModeKey = publicKeyModeKey;
        this.platformCertificates = platformCertificates;
    }

    /** A private key and the id it goes by in {@code Wechatpay-Serial}. */
    static final class NamedKey {
        final String id;
        final PrivateKey privateKey;

        NamedKey(String id, PrivateKey privateKey) {
            this.id = id;
            this.privateKey = privateKey;
        }
    }

    boolean hasPublicKey() {
        return publicKeyModeKey != null;
    }

    PlatformCertificates platformCertificates() {
        return platformCertificates;
    }

    /** The key that decrypts fields encrypted for {@code serial}, or {@code null} if the serial is not ours. */
    NamedKey decryptionKey(String serial) {
        if (serial == null) {
            return null;
        }
        if (hasPublicKey() && publicKeyId.equals(serial)) {
            return new NamedKey(publicKeyId, publicKeyModeKey);
        }
        PlatformCertificate certificate = platformCertificates.find(serial);
        return certificate == null ? null : new NamedKey(certificate.serialNumber(), certificate.privateKey());
    }

    /**
     * The key that signs the answer to a request carrying {@code requestSerial}: as during WeChat Pay's
     * migration, the public key when the request names it or when there are no certificates, otherwise
     * the active platform certificate.
     */
    NamedKey signingKey(String requestSerial) {
        PlatformCertificate active = platformCertificates.active();
        if (hasPublicKey() && (active == null || publicKeyId.equals(requestSerial))) {
            return new NamedKey(publicKeyId, publicKeyModeKey);
        }
        return new NamedKey(active.serialNumber(), active.privateKey());
    }

    /** What {@code Wechatpay-Serial} may name, for messages. */
    List<String> serials() {
        List<String> serials = new ArrayList<>();
        if (hasPublicKey()) {
            serials.add(publicKeyId);
        }
        for (PlatformCertificate certificate : platformCertificates.all()) {
            serials.add(certificate.serialNumber());
        }
        return serials;
    }
}
