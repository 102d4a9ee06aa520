package io.github.membercardopen.auth;

import io.github.membercardopen.auth.crypto.AeadAes256Gcm;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AeadAes256GcmTest {
    /** Reference §8.1: the official Java SDK's AeadAesCipherTest vector. */
    private static final String KEY = "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb";
    private static final String CIPHERTEXT = "ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI=";

    @Test
    void matchesTheOfficialSdkVector() throws InvalidCipherTextException {
        AeadAes256Gcm aead = new AeadAes256Gcm(KEY);
        assertEquals(CIPHERTEXT, aead.encrypt("uluk4a9R25RW", "associatedData", "message"));
        assertEquals("message", aead.decrypt("uluk4a9R25RW", "associatedData", CIPHERTEXT));
    }

    @Test
    void wrongKeyAadOrTamperedCiphertextFailsAuthentication() {
        assertThrows(InvalidCipherTextException.class, () -> new AeadAes256Gcm("b7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb")
                .decrypt("uluk4a9R25RW", "associatedData", CIPHERTEXT));
        assertThrows(InvalidCipherTextException.class, () -> new AeadAes256Gcm(KEY)
                .decrypt("uluk4a9R25RW", "certificate", CIPHERTEXT));
        assertThrows(InvalidCipherTextException.class, () -> new AeadAes256Gcm(KEY)
                .decrypt("uluk4a9R25RW", "associatedData", "ulwSiIajGClcvcOYvOQ7+l+0PAbzzwA="));
    }

    @Test
    void keyMustBe32Bytes() {
        assertThrows(IllegalArgumentException.class, () -> new AeadAes256Gcm("short"));
    }
}
