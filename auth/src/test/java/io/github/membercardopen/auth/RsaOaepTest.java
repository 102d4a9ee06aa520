package io.github.membercardopen.auth;

import io.github.membercardopen.auth.crypto.CryptoProvider;
import io.github.membercardopen.auth.crypto.RsaOaep;
import io.github.membercardopen.error.InvalidFieldException;
import org.junit.jupiter.api.Test;

import java.security.GeneralSecurityException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RsaOaepTest {
    private final RsaOaep oaep = new RsaOaep(CryptoProvider.jdk());

    @Test
    void decryptsCiphertextMadeByOpensslWithSha1AndMgf1Sha1() throws GeneralSecurityException {
        assertEquals("13800138000", oaep.decrypt(FakeKeys.wechatpayPrivateKey(), FakeKeys.vector("oaep.phone.ciphertext")));
    }

    @Test
    void roundTripsAndIsRandomised() throws GeneralSecurityException {
        String first = oaep.encrypt(FakeKeys.wechatpayPublicKey(), "encrypted_phone_number", "13800138000");
        String second = oaep.encrypt(FakeKeys.wechatpayPublicKey(), "encrypted_phone_number", "13800138000");
        assertNotEquals(first, second);
        assertEquals(344, first.length());
        assertEquals("13800138000", oaep.decrypt(FakeKeys.wechatpayPrivateKey(), first));
    }

    @Test
    void acceptsExactly214BytesAndRejects215NamingTheField() throws GeneralSecurityException {
        String max = repeat('a', 214);
        assertEquals(max, oaep.decrypt(FakeKeys.wechatpayPrivateKey(), oaep.encrypt(FakeKeys.wechatpayPublicKey(), "f", max)));
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> oaep.encrypt(FakeKeys.wechatpayPublicKey(), "encrypted_phone_number", repeat('a', 215)));
        assertEquals("encrypted_phone_number", e.getField());
        assertTrue(e.getMessage().contains("215 bytes") && e.getMessage().contains("214"), e.getMessage());
    }

    @Test
    void ciphertextForAnotherKeyDoesNotDecrypt() {
        String forMerchant = oaep.encrypt(FakeKeys.merchantPublicKey(), "f", "13800138000");
        assertThrows(GeneralSecurityException.class, () -> oaep.decrypt(FakeKeys.wechatpayPrivateKey(), forMerchant));
        assertThrows(GeneralSecurityException.class, () -> oaep.decrypt(FakeKeys.wechatpayPrivateKey(), "not base64!"));
    }

    private static String repeat(char c, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(c);
        }
        return sb.toString();
    }
}
