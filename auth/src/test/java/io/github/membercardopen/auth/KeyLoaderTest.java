package io.github.membercardopen.auth;

import io.github.membercardopen.auth.keys.KeyLoader;
import io.github.membercardopen.error.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyLoaderTest {
    @Test
    void readsPkcs8AndPkcs1FormsOfTheSameKey() {
        PrivateKey pkcs8 = KeyLoader.privateKey(FakeKeys.file("merchant_key.pem"));
        PrivateKey pkcs1 = KeyLoader.privateKey(FakeKeys.file("merchant_key_pkcs1.pem"));
        assertArrayEquals(pkcs8.getEncoded(), pkcs1.getEncoded());
    }

    @Test
    void readsPrivateKeyFromPemText() throws IOException {
        String pem = new String(Files.readAllBytes(FakeKeys.file("merchant_key.pem")), "US-ASCII");
        assertArrayEquals(FakeKeys.merchantPrivateKey().getEncoded(), KeyLoader.privateKeyFromPem(pem).getEncoded());
    }

    @Test
    void readsPrivateKeyFromPkcs12WithMerchantIdAsPassword() {
        PrivateKey key = KeyLoader.privateKeyFromPkcs12(FakeKeys.file("merchant_cert.p12"), FakeKeys.MERCHANT_ID.toCharArray());
        assertArrayEquals(FakeKeys.merchantPrivateKey().getEncoded(), key.getEncoded());
    }

    @Test
    void wrongPkcs12PasswordSaysSo() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> KeyLoader.privateKeyFromPkcs12(FakeKeys.file("merchant_cert.p12"), "wrong".toCharArray()));
        assertTrue(e.getMessage().contains("password"), e.getMessage());
    }

    @Test
    void certificateSerialIsUpperCaseHexAsOpensslPrintsIt() {
        assertEquals(FakeKeys.vector("merchant.serial"),
                KeyLoader.serialNumber(KeyLoader.certificate(FakeKeys.file("merchant_cert.pem"))));
    }

    @Test
    void readsSpkiPublicKey() {
        assertEquals("RSA", KeyLoader.publicKey(FakeKeys.file("wechatpay_pub_key.pem")).getAlgorithm());
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("apiclient_key.pem");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> KeyLoader.privateKey(missing));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void certificateGivenAsPrivateKeyIsExplained() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> KeyLoader.privateKey(FakeKeys.file("merchant_cert.pem")));
        assertTrue(e.getMessage().contains("holds a certificate, not a private key"), e.getMessage());
    }

    @Test
    void privateKeyGivenAsPublicKeyIsExplainedWithoutEchoingIt() throws IOException {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> KeyLoader.publicKey(FakeKeys.file("wechatpay_key.pem")));
        assertTrue(e.getMessage().contains("holds a private key, not a public key"), e.getMessage());
        String body = new String(Files.readAllBytes(FakeKeys.file("wechatpay_key.pem")), "US-ASCII").split("\n")[1];
        assertFalse(e.getMessage().contains(body));
    }

    @Test
    void garbageIsNotPem(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("key.pem"), "hello".getBytes("US-ASCII"));
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> KeyLoader.privateKey(file));
        assertTrue(e.getMessage().contains("not PEM"), e.getMessage());
    }

    @Test
    void emptyTextIsRejected() {
        assertThrows(ConfigurationException.class, () -> KeyLoader.certificateFromPem(" "));
    }
}
