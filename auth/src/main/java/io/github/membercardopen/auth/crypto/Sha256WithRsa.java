package io.github.membercardopen.auth.crypto;

import io.github.membercardopen.error.ConfigurationException;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * SHA256withRSA (RSASSA-PKCS1-v1_5), the signature of {@code WECHATPAY2-SHA256-RSA2048}. A fresh
 * {@link Signature} per call: instances are not thread-safe, creating one is cheap next to the RSA
 * operation, and reusing one per thread for both signing and verifying broke the Amazon Corretto Crypto
 * Provider ("Key has been destroyed" on the next signature).
 */
public final class Sha256WithRsa {
    private static final String ALGORITHM = "SHA256withRSA";

    private final CryptoProvider provider;
    private final ThreadLocal<Signature> signers = new ThreadLocal<>();

    public Sha256WithRsa(CryptoProvider provider) {
        this.provider = provider;
    }

    /** Base64 signature of the UTF-8 bytes of {@code message}. */
    public String sign(PrivateKey key, String message) {
        try {
            Signature signature = signer();
            signature.initSign(key);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new ConfigurationException("the merchant private key cannot sign with SHA256withRSA (provider "
                    + provider + "): " + e.getMessage(), e);
        }
    }

    private Signature signer() throws GeneralSecurityException {
        Signature signer = signers.get();
        if (signer == null) {
            signer = provider.signature(ALGORITHM);
            signers.set(signer);
        }
        return signer;
    }

    /** Whether {@code base64Signature} is a valid signature of {@code message}; false for malformed input. */
    public boolean verify(PublicKey key, String message, String base64Signature) {
        byte[] signatureBytes;
        try {
            signatureBytes = Base64.getDecoder().decode(base64Signature);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        try {
            Signature signature = provider.signature(ALGORITHM);
            signature.initVerify(provider.nativeKey(key));
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException malformed) {
            return false;
        }
    }
}
