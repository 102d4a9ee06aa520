package io.github.membercardopen.sandbox;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;

/** Writes keys and certificates as PEM text (PKCS#8 for private keys, SPKI for public keys). */
final class PemFiles {
    private PemFiles() {
    }

    static String pem(Object keyOrCertificate) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            // JcaPEMWriter alone writes PKCS#1 for private keys; apiclient_key.pem is PKCS#8.
            writer.writeObject(keyOrCertificate instanceof PrivateKey
                    ? new JcaPKCS8Generator((PrivateKey) keyOrCertificate, null)
                    : keyOrCertificate);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode PEM", e);
        }
        return text.toString();
    }

    static void write(Path file, String text) {
        try {
            Files.write(file, text.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
