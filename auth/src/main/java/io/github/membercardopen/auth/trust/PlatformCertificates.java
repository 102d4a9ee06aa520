package io.github.membercardopen.auth.trust;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable set of decrypted platform certificates by serial. A certificate counts only inside its
 * validity window at the moment of use, so one that expires between refreshes stops being used at once.
 */
final class PlatformCertificates implements WechatPayTrust {
    private final Map<String, X509Certificate> bySerial;
    private final Clock clock;

    PlatformCertificates(Map<String, X509Certificate> bySerial, Clock clock) {
        this.bySerial = Collections.unmodifiableMap(new LinkedHashMap<>(bySerial));
        this.clock = clock;
    }

    static PlatformCertificates none(Clock clock) {
        return new PlatformCertificates(Collections.<String, X509Certificate>emptyMap(), clock);
    }

    /** These certificates and {@code more}; on a shared serial, {@code more} wins. */
    PlatformCertificates plus(Map<String, X509Certificate> more) {
        Map<String, X509Certificate> union = new LinkedHashMap<>(bySerial);
        union.putAll(more);
        return new PlatformCertificates(union, clock);
    }

    /** The newest certificate valid now (latest notAfter), as WeChat Pay advises for encryption. */
    @Override
    public EncryptionKey encryptionKey() {
        Map.Entry<String, X509Certificate> newest = null;
        for (Map.Entry<String, X509Certificate> entry : bySerial.entrySet()) {
            if (isValidNow(entry.getValue()) && (newest == null
                    || entry.getValue().getNotAfter().after(newest.getValue().getNotAfter()))) {
                newest = entry;
            }
        }
        return newest == null ? null : new EncryptionKey(newest.getKey(), newest.getValue().getPublicKey());
    }

    @Override
    public PublicKey verificationKey(String serial) {
        X509Certificate certificate = bySerial.get(serial);
        return certificate != null && isValidNow(certificate) ? certificate.getPublicKey() : null;
    }

    /** Serials of the certificates valid now. */
    @Override
    public Collection<String> knownSerials() {
        List<String> serials = new ArrayList<>();
        for (Map.Entry<String, X509Certificate> entry : bySerial.entrySet()) {
            if (isValidNow(entry.getValue())) {
                serials.add(entry.getKey());
            }
        }
        return serials;
    }

    boolean isEmpty() {
        return knownSerials().isEmpty();
    }

    private boolean isValidNow(X509Certificate certificate) {
        return isValidAt(certificate, new Date(clock.millis()));
    }

    static boolean isValidAt(X509Certificate certificate, Date when) {
        return !when.before(certificate.getNotBefore()) && !when.after(certificate.getNotAfter());
    }
}
