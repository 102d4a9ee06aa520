package io.github.membercardopen.auth.crypto;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * AEAD_AES_256_GCM as WeChat Pay uses it for platform certificates and notifications: the APIv3 key's
 * UTF-8 bytes as key, a 12-byte nonce, a 128-bit tag appended to the ciphertext. Bouncy Castle's
 * lightweight API is used so old Java 8 runtimes without unlimited-strength JCE work too.
 */
public final class AeadAes256Gcm {
    private static final int TAG_BITS = 128;

    private final byte[] key;

    /** @param apiV3Key the 32-character APIv3 key */
    public AeadAes256Gcm(String apiV3Key) {
        byte[] bytes = apiV3Key == null ? new byte[0] : apiV3Key.getBytes(StandardCharsets.UTF_8);
        if (bytes.length != 32) {
            throw new IllegalArgumentException("the APIv3 key must be 32 bytes, got " + bytes.length);
        }
        this.key = bytes;
    }

    /** Decrypts Base64 {@code ciphertext||tag}; throws if the key, nonce, AAD or data do not match. */
    public String decrypt(String nonce, String associatedData, String base64Ciphertext) throws InvalidCipherTextException {
        byte[] input;
        try {
            input = Base64.getDecoder().decode(base64Ciphertext);
        } catch (IllegalArgumentException e) {
            throw new InvalidCipherTextException("ciphertext is not base64");
        }
        return new String(run(false, nonce, associatedData, input), StandardCharsets.UTF_8);
    }

    /** Base64 {@code ciphertext||tag} of {@code plaintext}. */
    public String encrypt(String nonce, String associatedData, String plaintext) {
        try {
            return Base64.getEncoder().encodeToString(
                    run(true, nonce, associatedData, plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("AES-GCM encryption cannot fail: " + e.getMessage(), e);
        }
    }

    private byte[] run(boolean encrypt, String nonce, String associatedData, byte[] input) throws InvalidCipherTextException {
        byte[] aad = associatedData == null ? new byte[0] : associatedData.getBytes(StandardCharsets.UTF_8);
        GCMBlockCipher gcm = (GCMBlockCipher) GCMBlockCipher.newInstance(AESEngine.newInstance());
        try {
            gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS,
                    nonce.getBytes(StandardCharsets.UTF_8), aad));
        } catch (IllegalArgumentException e) {
            throw new InvalidCipherTextException("bad nonce: " + e.getMessage());
        }
        byte[] output = new byte[gcm.getOutputSize(input.length)];
        int length = gcm.processBytes(input, 0, input.length, output, 0);
        length += gcm.doFinal(output, length);
        return length == output.length ? output : java.util.Arrays.copyOf(output, length);
    }
}
