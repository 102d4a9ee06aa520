package io.github.membercardopen.sandbox;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** Generates RSA-2048 key pairs and self-signed certificates shaped like WeChat Pay's, for tests only. */
public final class ThrowawayKeys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ThrowawayKeys() {
    }

    public static KeyPair rsa2048() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA-2048 key pair: " + e.getMessage(), e);
        }
    }

    /**
     * A self-signed certificate for {@code keyPair}, valid from a day ago for {@code validity}. The serial
     * is 20 random bytes whose first nibble is not zero, so its hex form has 40 characters as WeChat's do.
     */
    public static X509Certificate certificate(KeyPair keyPair, String subject, Duration validity) {
        byte[] serial = new byte[20];
        RANDOM.nextBytes(serial);
        serial[0] = (byte) (0x10 | (serial[0] & 0x7F));
        Instant notBefore = Instant.now().minus(Duration.ofDays(1));
        X500Name name = new X500Name(subject);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, new BigInteger(1, serial),
                Date.from(notBefore), Date.from(notBefore.plus(validity)), name, keyPair.getPublic());
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keyPair.getPrivate())));
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot create a test certificate: " + e.getMessage(), e);
        }
    }

    /** A public-key id shaped like WeChat Pay's: {@code PUB_KEY_ID_} and 34 digits. */
    public static String publicKeyId() {
        StringBuilder id = new StringBuilder("PUB_KEY_ID_");
        for (int i = 0; i < 34; i++) {
            id.append(RANDOM.nextInt(10));
        }
        return id.toString();
    }

    /** A 32-character alphanumeric APIv3 key. */
    public static String apiV3Key() {
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            key.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return key.toString();
    }
}
