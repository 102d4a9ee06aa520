package io.github.membercardopen.auth;

import io.github.membercardopen.auth.keys.KeyLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Properties;

/** The committed fake keys of src/test/resources/fake-keys and the openssl-made vectors on them. */
public final class FakeKeys {
    public static final String MERCHANT_ID = "1900000001";
    public static final String MERCHANT_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    public static final String PUBLIC_KEY_ID = "PUB_KEY_ID_0119000000012026112600000000000000";

    private FakeKeys() {
    }

    public static Path file(String name) {
        try {
            return Paths.get(FakeKeys.class.getResource("/fake-keys/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PrivateKey merchantPrivateKey() {
        return KeyLoader.privateKey(file("merchant_key.pem"));
    }

    public static PublicKey merchantPublicKey() {
        return KeyLoader.certificate(file("merchant_cert.pem")).getPublicKey();
    }

    public static PrivateKey wechatpayPrivateKey() {
        return KeyLoader.privateKey(file("wechatpay_key.pem"));
    }

    public static PublicKey wechatpayPublicKey() {
        return KeyLoader.publicKey(file("wechatpay_pub_key.pem"));
    }

    /** A known answer from vectors.properties. */
    public static String vector(String name) {
        Properties vectors = new Properties();
        try (InputStream in = FakeKeys.class.getResourceAsStream("/fake-keys/vectors.properties")) {
            vectors.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return vectors.getProperty(name);
    }
}
