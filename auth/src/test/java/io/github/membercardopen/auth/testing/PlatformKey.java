package io.github.membercardopen.auth.testing;

import io.github.membercardopen.auth.crypto.AeadAes256Gcm;
import io.github.membercardopen.auth.crypto.CryptoProvider;
import io.github.membercardopen.auth.crypto.Sha256WithRsa;
import io.github.membercardopen.auth.signing.SigningMessages;
import io.github.membercardopen.auth.trust.EncryptedCertificateEntry;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.StringWriter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;

/**
 * A throwaway WeChat Pay signing key for tests: an RSA key pair, a self-signed platform certificate with
 * the given serial and validity, and what the tests do with it (sign answers, encrypt it for a download).
 */
public final class PlatformKey {
    private static final Sha256WithRsa RSA = new Sha256WithRsa(CryptoProvider.jdk());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String serial;
    private final KeyPair keys;
    private final X509Certificate certificate;

    private PlatformKey(String serial, KeyPair keys, X509Certificate certificate) {
        this.serial = serial;
        this.keys = keys;
        this.certificate = certificate;
    }

    /** A key whose id is {@code id} (a public-key id or hex serial) and a certificate valid for the given window. */
    public static PlatformKey create(String id, Instant notBefore, Instant notAfter) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            BigInteger serialNumber = isHex(id) ? new BigInteger(id, 16) : BigInteger.ONE;
            X500Name subject = new X500Name("O=Tenpay.com, OU=Tenpay.com CA Center, CN=Tenpay.com sign (test)");
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    new JcaX509v3CertificateBuilder(subject, serialNumber, Date.from(notBefore), Date.from(notAfter),
                            subject, keys.getPublic())
                            .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            return new PlatformKey(id, keys, certificate);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create a test key", e);
        }
    }

    private static boolean isHex(String id) {
        return id.matches("[0-9A-Fa-f]+");
    }

    public String serial() {
        return serial;
    }

    public PublicKey publicKey() {
        return keys.getPublic();
    }

    public PrivateKey privateKey() {
        return keys.getPrivate();
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public String certificatePem() {
        return pem(certificate);
    }

    public String publicKeyPem() {
        return pem(keys.getPublic());
    }

    private static String pem(Object object) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** {@code Wechatpay-Signature} of an answer. */
    public String sign(String timestamp, String nonce, String body) {
        return RSA.sign(keys.getPrivate(), SigningMessages.response(timestamp, nonce, body));
    }

    /** This certificate as a download lists it: AEAD-encrypted with {@code apiV3Key}. */
    public EncryptedCertificateEntry encryptedEntry(String apiV3Key) {
        String nonce = String.format("%012x", RANDOM.nextLong() & 0xFFFFFFFFFFFFL);
        return new EncryptedCertificateEntry(serial, "AEAD_AES_256_GCM", nonce, "certificate",
                new AeadAes256Gcm(apiV3Key).encrypt(nonce, "certificate", certificatePem()));
    }
}
