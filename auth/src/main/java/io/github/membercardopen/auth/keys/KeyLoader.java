package io.github.membercardopen.auth.keys;

import io.github.membercardopen.error.ConfigurationException;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Enumeration;

/**
 * Reads WeChat Pay key material: merchant private keys (PKCS#8 or PKCS#1 PEM, or a {@code .p12}),
 * X.509 certificates and SPKI public keys, from a file or from PEM text. Every failure names the
 * source and what was expected, and never echoes key material.
 */
public final class KeyLoader {
    private static final JcaPEMKeyConverter CONVERTER = new JcaPEMKeyConverter();

    private KeyLoader() {
    }

    /** A private key from {@code apiclient_key.pem} (PKCS#8 {@code PRIVATE KEY} or PKCS#1 {@code RSA PRIVATE KEY}). */
    public static PrivateKey privateKey(Path pemFile) {
        KeyFilePermissions.warnIfReadableByOthers(pemFile);
        return privateKeyFromPem(readText(pemFile), pemFile.toString());
    }

    public static PrivateKey privateKeyFromPem(String pem) {
        return privateKeyFromPem(pem, "the private key text");
    }

    private static PrivateKey privateKeyFromPem(String pem, String source) {
        Object parsed = parsePem(pem, source, "a private key (-----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)");
        try {
            if (parsed instanceof PrivateKeyInfo) {
                return CONVERTER.getPrivateKey((PrivateKeyInfo) parsed);
            }
            if (parsed instanceof PEMKeyPair) {
                return CONVERTER.getKeyPair((PEMKeyPair) parsed).getPrivate();
            }
        } catch (IOException e) {
            throw new ConfigurationException(source + " holds a private key that cannot be read: " + e.getMessage(), e);
        }
        throw new ConfigurationException(source + " holds " + describe(parsed)
                + ", not a private key; give apiclient_key.pem (the merchant API private key)");
    }

    /** The private key inside a PKCS#12 file such as {@code apiclient_cert.p12} (password: usually the mchid). */
    public static PrivateKey privateKeyFromPkcs12(Path p12File, char[] password) {
        KeyFilePermissions.warnIfReadableByOthers(p12File);
        try (InputStream in = Files.newInputStream(p12File)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (Enumeration<String> aliases = store.aliases(); aliases.hasMoreElements(); ) {
                Key key = store.getKey(aliases.nextElement(), password);
                if (key instanceof PrivateKey) {
                    return (PrivateKey) key;
                }
            }
            throw new ConfigurationException(p12File + " holds no private key");
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigurationException("cannot read " + p12File + " as PKCS#12 (wrong file or password?): "
                    + e.getMessage(), e);
        }
    }

    public static X509Certificate certificate(Path pemFile) {
        return certificateFromPem(readText(pemFile), pemFile.toString());
    }

    public static X509Certificate certificateFromPem(String pem) {
        return certificateFromPem(pem, "the certificate text");
    }

    private static X509Certificate certificateFromPem(String pem, String source) {
        Object parsed = parsePem(pem, source, "a certificate (-----BEGIN CERTIFICATE-----)");
        if (!(parsed instanceof X509CertificateHolder)) {
            throw new ConfigurationException(source + " holds " + describe(parsed) + ", not an X.509 certificate");
        }
        try {
            byte[] der = ((X509CertificateHolder) parsed).getEncoded();
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigurationException(source + " holds a certificate that cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The serial number as WeChat Pay and {@code openssl x509 -serial} print it: upper-case hex. Prefer
     * configuring the serial string WeChat Pay shows; this is for certificates you hold.
     */
    public static String serialNumber(X509Certificate certificate) {
        return certificate.getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT);
    }

    /** A public key from SPKI PEM ({@code -----BEGIN PUBLIC KEY-----}), such as WeChat Pay's {@code pub_key.pem}. */
    public static PublicKey publicKey(Path pemFile) {
        return publicKeyFromPem(readText(pemFile), pemFile.toString());
    }

    public static PublicKey publicKeyFromPem(String pem) {
        return publicKeyFromPem(pem, "the public key text");
    }

    private static PublicKey publicKeyFromPem(String pem, String source) {
        Object parsed = parsePem(pem, source, "a public key (-----BEGIN PUBLIC KEY-----)");
        try {
            if (parsed instanceof SubjectPublicKeyInfo) {
                return CONVERTER.getPublicKey((SubjectPublicKeyInfo) parsed);
            }
        } catch (IOException e) {
            throw new ConfigurationException(source + " holds a public key that cannot be read: " + e.getMessage(), e);
        }
        throw new ConfigurationException(source + " holds " + describe(parsed)
                + ", not a public key; give the WeChat Pay public key file (pub_key.pem)");
    }

    private static String readText(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException("key file " + file + " does not exist or is not a file");
        }
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Object parsePem(String pem, String source, String expected) {
        if (pem == null || pem.trim().isEmpty()) {
            throw new ConfigurationException(source + " is empty; expected " + expected);
        }
        Object parsed;
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            parsed = parser.readObject();
        } catch (IOException | RuntimeException e) {
            throw new ConfigurationException(source + " is not valid PEM; expected " + expected, e);
        }
        if (parsed == null) {
            throw new ConfigurationException(source + " is not PEM; expected " + expected);
        }
        return parsed;
    }

    private static String describe(Object parsed) {
        if (parsed instanceof X509CertificateHolder) {
            return "a certificate";
        }
        if (parsed instanceof SubjectPublicKeyInfo) {
            return "a public key";
        }
        if (parsed instanceof PrivateKeyInfo || parsed instanceof PEMKeyPair) {
            return "a private key";
        }
        return "an unsupported PEM object (" + parsed.getClass().getSimpleName() + ")";
    }
}
