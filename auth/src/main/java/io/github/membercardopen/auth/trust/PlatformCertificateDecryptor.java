package io.github.membercardopen.auth.trust;

import io.github.membercardopen.auth.crypto.AeadAes256Gcm;
import io.github.membercardopen.auth.keys.KeyLoader;
import io.github.membercardopen.error.ConfigurationException;
import io.github.membercardopen.error.PlatformCertificateException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns downloaded entries into certificates: decrypts each with the APIv3 key, checks that it is the
 * certificate the listing names, and keeps those valid now. Decryption runs on Bouncy Castle's
 * lightweight AES-GCM, so Java 8 runtimes without the unlimited-strength JCE policy need nothing extra.
 */
public final class PlatformCertificateDecryptor {
    static final String ALGORITHM = "AEAD_AES_256_GCM";
    private static final Logger LOG = LoggerFactory.getLogger(PlatformCertificateDecryptor.class);

    private final AeadAes256Gcm aead;
    private final Clock clock;

    public PlatformCertificateDecryptor(AeadAes256Gcm aead, Clock clock) {
        this.aead = aead;
        this.clock = clock;
    }

    /**
     * The certificates valid now, by listed serial. Throws {@link ConfigurationException} if the APIv3
     * key does not decrypt an entry and {@link PlatformCertificateException} if an entry is not the
     * certificate its serial names; entries in another algorithm (SM2 lists) are skipped.
     */
    public Map<String, X509Certificate> decrypt(List<EncryptedCertificateEntry> entries) {
        Map<String, X509Certificate> valid = new LinkedHashMap<>();
        Date now = new Date(clock.millis());
        for (EncryptedCertificateEntry entry : entries) {
            if (!ALGORITHM.equals(entry.algorithm())) {
                LOG.debug("skipping platform certificate {} encrypted with {}", entry.serialNo(), entry.algorithm());
                continue;
            }
            X509Certificate certificate = certificateIn(entry);
            if (PlatformCertificates.isValidAt(certificate, now)) {
                valid.put(entry.serialNo(), certificate);
            } else {
                LOG.debug("skipping platform certificate {}: valid {} to {} only", entry.serialNo(),
                        certificate.getNotBefore(), certificate.getNotAfter());
            }
        }
        return valid;
    }

    private X509Certificate certificateIn(EncryptedCertificateEntry entry) {
        String pem;
        try {
            pem = aead.decrypt(entry.nonce(), entry.associatedData(), entry.ciphertext());
        } catch (InvalidCipherTextException e) {
            throw new ConfigurationException("the APIv3 key does not decrypt the certificates (entry "
                    + entry.serialNo() + "): check the APIv3 key set in the merchant platform under API security", e);
        }
        X509Certificate certificate;
        try {
            certificate = KeyLoader.certificateFromPem(pem);
        } catch (ConfigurationException e) {
            throw new PlatformCertificateException("platform certificate " + entry.serialNo()
                    + " decrypts to something that is not a certificate", e);
        }
        if (!sameSerial(entry.serialNo(), certificate.getSerialNumber())) {
            throw new PlatformCertificateException("the download lists serial " + entry.serialNo()
                    + " for a certificate whose serial is " + KeyLoader.serialNumber(certificate), null);
        }
        return certificate;
    }

    // Compared as numbers: the listed serial stays the opaque key, whatever its case or leading zeros.
    private static boolean sameSerial(String listed, BigInteger actual) {
        try {
            return listed != null && new BigInteger(listed, 16).equals(actual);
        } catch (NumberFormatException notHex) {
            return false;
        }
    }
}
