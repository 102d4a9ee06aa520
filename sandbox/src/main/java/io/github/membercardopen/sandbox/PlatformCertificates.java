package io.github.membercardopen.sandbox;

import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The platform certificates the sandbox currently serves, oldest first. As at WeChat Pay, a rotated-in
 * certificate is listed (and decrypts fields) before it signs: the oldest listed one signs answers, so
 * clients can download the new one with the trust they have, and it takes over when the old is retired.
 */
final class PlatformCertificates {
    static final String SUBJECT = "CN=Tenpay.com sign,OU=Tenpay.com CA Center,O=Tenpay.com,L=Shenzhen,ST=Guangdong,C=CN";

    private final List<PlatformCertificate> certificates = new CopyOnWriteArrayList<>();

    PlatformCertificates(List<PlatformCertificate> initial) {
        certificates.addAll(initial);
    }

    boolean isEmpty() {
        return certificates.isEmpty();
    }

    List<PlatformCertificate> all() {
        return Collections.unmodifiableList(new ArrayList<>(certificates));
    }

    /** The one that signs: the oldest still listed, or {@code null} when there is none. */
    PlatformCertificate active() {
        List<PlatformCertificate> snapshot = all();
        return snapshot.isEmpty() ? null : snapshot.get(0);
    }

    PlatformCertificate find(String serialNumber) {
        for (PlatformCertificate certificate : certificates) {
            if (certificate.serialNumber().equalsIgnoreCase(serialNumber)) {
                return certificate;
            }
        }
        return null;
    }

    PlatformCertificate rotate() {
        KeyPair keys = ThrowawayKeys.rsa2048();
        PlatformCertificate added = new PlatformCertificate(
                ThrowawayKeys.certificate(keys, SUBJECT, Duration.ofDays(5 * 365)), keys.getPrivate());
        certificates.add(added);
        return added;
    }

    boolean remove(String serialNumber) {
        PlatformCertificate certificate = find(serialNumber);
        return certificate != null && certificates.remove(certificate);
    }
}
