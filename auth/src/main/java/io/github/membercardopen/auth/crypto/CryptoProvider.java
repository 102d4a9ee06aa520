package io.github.membercardopen.auth.crypto;

import javax.crypto.Cipher;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.security.Provider;
import java.security.Security;
import java.security.Signature;

/**
 * Which JCA provider runs the RSA operations. {@link #auto()} prefers the Amazon Corretto Crypto
 * Provider (AWS-LC, about four times faster RSA signing than the JDK) when it is on the class path and
 * healthy on this platform, and the JDK's providers everywhere else. Nothing is registered globally.
 */
public final class CryptoProvider {
    private static final String ACCP_CLASS = "com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider";

    private final Provider provider;
    private final Map<PublicKey, PublicKey> nativePublicKeys = new ConcurrentHashMap<>();

    private CryptoProvider(Provider provider) {
        this.provider = provider;
    }

    /** The JDK's default providers. */
    public static CryptoProvider jdk() {
        return new CryptoProvider(null);
    }

    /** A specific provider instance, for example Bouncy Castle's. */
    public static CryptoProvider of(Provider provider) {
        return new CryptoProvider(provider);
    }

    /** A provider registered with {@link Security} under {@code name}. */
    public static CryptoProvider named(String name) {
        Provider registered = Security.getProvider(name);
        if (registered == null) {
            throw new IllegalArgumentException("no JCA provider named " + name + " is registered");
        }
        return new CryptoProvider(registered);
    }

    /** The fastest available: Amazon Corretto Crypto Provider if usable here, else the JDK's. */
    public static CryptoProvider auto() {
        Provider accp = AccpHolder.INSTANCE;
        return accp == null ? jdk() : new CryptoProvider(accp);
    }

    /** The provider's name, or {@code "JDK"} for the default providers. */
    public String name() {
        return provider == null ? "JDK" : provider.getName();
    }

    /**
     * The key in this provider's own form, converted once. A native provider otherwise converts a JDK
     * key on every {@code initSign}, which costs more than the signature itself (measured with ACCP:
     * about 700 µs per call instead of 270). Falls back to the key as given.
     */
    public PrivateKey nativeKey(PrivateKey key) {
        if (provider == null || key == null) {
            return key;
        }
        try {
            return (PrivateKey) KeyFactory.getInstance(key.getAlgorithm(), provider).translateKey(key);
        } catch (GeneralSecurityException | RuntimeException unsupported) {
            return key;
        }
    }

    /** {@link #nativeKey(PrivateKey)} for public keys, remembered per key: WeChat Pay has only a few. */
    PublicKey nativeKey(PublicKey key) {
        if (provider == null || key == null) {
            return key;
        }
        return nativePublicKeys.computeIfAbsent(key, this::translate);
    }

    private PublicKey translate(PublicKey key) {
        try {
            return (PublicKey) KeyFactory.getInstance(key.getAlgorithm(), provider).translateKey(key);
        } catch (GeneralSecurityException | RuntimeException unsupported) {
            return key;
        }
    }

    Signature signature(String algorithm) throws GeneralSecurityException {
        return provider == null ? Signature.getInstance(algorithm) : Signature.getInstance(algorithm, provider);
    }

    Cipher cipher(String transformation) throws GeneralSecurityException {
        return provider == null ? Cipher.getInstance(transformation) : Cipher.getInstance(transformation, provider);
    }

    @Override
    public String toString() {
        return name();
    }

    /** Loaded once, lazily: the native library either works on this platform or it does not. */
    private static final class AccpHolder {
        static final Provider INSTANCE = loadAccp();

        private static Provider loadAccp() {
            try {
                Class<?> type = Class.forName(ACCP_CLASS);
                Provider accp = (Provider) type.getField("INSTANCE").get(null);
                Object healthy = type.getMethod("getLoadingError").invoke(accp);
                return healthy == null ? accp : null;
            } catch (ReflectiveOperationException | LinkageError | RuntimeException unavailable) {
                return null;
            }
        }
    }
}
