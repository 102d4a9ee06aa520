package io.github.membercardopen.auth.crypto;

import io.github.membercardopen.error.ConfigurationException;
import io.github.membercardopen.error.InvalidFieldException;

import javax.crypto.Cipher;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.util.Base64;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * RSAES-OAEP with SHA-1 and MGF1-SHA-1, the encryption WeChat Pay uses for sensitive fields. The
 * parameters are passed explicitly because providers disagree on the MGF1 digest otherwise. A fresh
 * {@link Cipher} per call: a shared one breaks for good under concurrent use.
 */
public final class RsaOaep {
    /** 256 - 2 * 20 - 2: the most a 2048-bit key can take. */
    public static final int MAX_PLAINTEXT_BYTES_RSA2048 = 214;

    private static final String TRANSFORMATION = "RSA/ECB/OAEPPadding";
    private static final OAEPParameterSpec SHA1_MGF1_SHA1 =
            new OAEPParameterSpec("SHA-1", "MGF1", MGF1ParameterSpec.SHA1, PSource.PSpecified.DEFAULT);

    private final CryptoProvider provider;

    public RsaOaep(CryptoProvider provider) {
        this.provider = provider;
    }

    /** Base64 ciphertext of {@code plaintext}'s UTF-8 bytes; {@code field} names the field in errors. */
    public String encrypt(PublicKey key, String field, String plaintext) {
        byte[] input = plaintext.getBytes(StandardCharsets.UTF_8);
        int max = maxPlaintextBytes(key);
        if (input.length > max) {
            throw new InvalidFieldException(field, "is " + input.length + " bytes of UTF-8; RSA-OAEP with this key "
                    + "takes at most " + max);
        }
        try {
            Cipher cipher = provider.cipher(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, provider.nativeKey(key), SHA1_MGF1_SHA1);
            return Base64.getEncoder().encodeToString(cipher.doFinal(input));
        } catch (GeneralSecurityException e) {
            throw new ConfigurationException("the WeChat Pay key cannot encrypt with RSA-OAEP (provider "
                    + provider + "): " + e.getMessage(), e);
        }
    }

    /** The plaintext of a Base64 ciphertext; throws {@link GeneralSecurityException} if it is not one for this key. */
    public String decrypt(PrivateKey key, String base64Ciphertext) throws GeneralSecurityException {
        byte[] ciphertext;
        try {
            ciphertext = Base64.getDecoder().decode(base64Ciphertext);
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("not base64", e);
        }
        Cipher cipher = provider.cipher(TRANSFORMATION);
        cipher.init(Cipher.DECRYPT_MODE, key, SHA1_MGF1_SHA1);
        return new String(cipher.doFinal(ciphertext), StandardCharsets.UTF_8);
    }

    private static int maxPlaintextBytes(PublicKey key) {
        if (key instanceof java.security.interfaces.RSAPublicKey) {
            int modulusBytes = (((java.security.interfaces.RSAPublicKey) key).getModulus().bitLength() + 7) / 8;
            return modulusBytes - 2 * 20 - 2;
        }
        return MAX_PLAINTEXT_BYTES_RSA2048;
    }
}
