package io.github.membercardopen.bench;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import io.github.membercardopen.auth.crypto.CryptoProvider;

import javax.crypto.Cipher;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.Signature;

/**
 * The JCA providers compared: the JDK's defaults, and the Amazon Corretto Crypto Provider (AWS-LC).
 * ACCP fails loudly when its native library does not load, so a run can never quietly measure the JDK
 * under the ACCP label.
 */
public enum BenchProvider {
    JDK,
    ACCP;

    /** The provider instance, or null for the JDK's default lookup. */
    Provider jca() {
        if (this == JDK) {
            return null;
        }
        AmazonCorrettoCryptoProvider.INSTANCE.assertHealthy();
        return AmazonCorrettoCryptoProvider.INSTANCE;
    }

    /** The same provider as our SDK's setting. */
    CryptoProvider ours() {
        return this == JDK ? CryptoProvider.jdk() : CryptoProvider.of(jca());
    }

    Signature signature(String algorithm) throws GeneralSecurityException {
        Provider provider = jca();
        return provider == null ? Signature.getInstance(algorithm) : Signature.getInstance(algorithm, provider);
    }

    Cipher cipher(String transformation) throws GeneralSecurityException {
        Provider provider = jca();
        return provider == null ? Cipher.getInstance(transformation) : Cipher.getInstance(transformation, provider);
    }
}
