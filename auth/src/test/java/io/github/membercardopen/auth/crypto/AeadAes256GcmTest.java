package io.github.membercardopen.auth.crypto;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AeadAes256GcmTest {
    // Vector from wechatpay-apiv3/wechatpay-java core/src/test/java/com/wechat/pay/java/core/cipher/AeadAesCipherTest.java
    private static final AeadAes256Gcm AEAD = new AeadAes256Gcm("a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb");

    @Test
    void matchesTheOfficialSdkVector() throws InvalidCipherTextException {
        assertEquals("ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI=", AEAD.encrypt("uluk4a9R25RW", "associatedData", "message"));
        assertEquals("message", AEAD.decrypt("uluk4a9R25RW", "associatedData", "ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI="));
    }

    @Test
    void rejectsOtherAssociatedData() {
        assertThrows(InvalidCipherTextException.class,
                () -> AEAD.decrypt("uluk4a9R25RW", "certificate", "ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI="));
    }

    @Test
    void rejectsAnotherKeyAndATamperedCiphertext() {
        assertThrows(InvalidCipherTextException.class, () -> new AeadAes256Gcm("b7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb")
                .decrypt("uluk4a9R25RW", "associatedData", "ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI="));
        assertThrows(InvalidCipherTextException.class,
                () -> AEAD.decrypt("uluk4a9R25RW", "associatedData", "ulwSiIajGClcvcOYvOQ7+l+0PAbzzwA="));
    }

    @Test
    void keyMustBe32Bytes() {
        assertThrows(IllegalArgumentException.class, () -> new AeadAes256Gcm("short"));
    }
}
