package io.github.membercardopen.sandbox;

import io.github.membercardopen.auth.crypto.AeadAes256Gcm;
import io.github.membercardopen.auth.keys.KeyLoader;
import io.github.membercardopen.auth.trust.EncryptionKey;
import io.github.membercardopen.auth.trust.WechatPayTrust;
import io.github.membercardopen.client.WechatPayClient;
import io.github.membercardopen.error.ResponseVerificationException;
import io.github.membercardopen.error.ServiceException;
import io.github.membercardopen.model.CertificateList;
import io.github.membercardopen.model.PhoneMembercardImportRequest;
import io.github.membercardopen.model.PlatformCertificate;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateModeTest {
    private static ThrowawayCredentials credentials;
    private static WechatPaySandbox sandbox;

    @BeforeAll
    static void startCertificateOnlySandbox() {
        credentials = ThrowawayCredentials.generate("1900000009");
        sandbox = WechatPaySandbox.builder()
                .merchant(credentials.merchantId(), credentials.merchantCertificate())
                .platformCertificates(credentials)
                .start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    /** Certificate-mode trust for our client: encrypts with the newest certificate, verifies by serial. */
    private static final class PlatformCertificateTrust implements WechatPayTrust {
        private final Map<String, X509Certificate> bySerial = new LinkedHashMap<>();
        private final String encryptingSerial;

        PlatformCertificateTrust(Map<String, X509Certificate> certificates, String encryptingSerial) {
            bySerial.putAll(certificates);
            this.encryptingSerial = encryptingSerial;
        }

        @Override
        public EncryptionKey encryptionKey() {
            return new EncryptionKey(encryptingSerial, bySerial.get(encryptingSerial).getPublicKey());
        }

        @Override
        public PublicKey verificationKey(String serial) {
            X509Certificate certificate = bySerial.get(serial);
            return certificate == null ? null : certificate.getPublicKey();
        }

        @Override
        public Collection<String> knownSerials() {
            return bySerial.keySet();
        }
    }

    private static WechatPayClient.Builder clientBuilder(WechatPaySandbox sandbox, ThrowawayCredentials credentials) {
        return WechatPayClient.builder()
                .merchantId(credentials.merchantId())
                .merchantSerialNumber(credentials.merchantSerialNumber())
                .merchantPrivateKey(credentials.merchantPrivateKey())
                .baseUrl(sandbox.baseUrl());
    }

    /** Downloads /v3/certificates, verified with the certificates already known, and decrypts each one. */
    private static Map<String, X509Certificate> download(WechatPaySandbox sandbox, ThrowawayCredentials credentials,
                                                         Map<String, X509Certificate> known) throws InvalidCipherTextException {
        try (WechatPayClient client = clientBuilder(sandbox, credentials).trust(new PlatformCertificateTrust(known,
                known.keySet().iterator().next())).build()) {
            CertificateList list = client.certificates().downloadCertificates("RSA");
            AeadAes256Gcm aead = new AeadAes256Gcm(credentials.apiV3Key());
            Map<String, X509Certificate> certificates = new LinkedHashMap<>();
            for (PlatformCertificate entry : list.getData()) {
                assertEquals("AEAD_AES_256_GCM", entry.getEncryptCertificate().getAlgorithm());
                assertEquals(12, entry.getEncryptCertificate().getNonce().length());
                X509Certificate certificate = KeyLoader.certificateFromPem(aead.decrypt(
                        entry.getEncryptCertificate().getNonce(), entry.getEncryptCertificate().getAssociatedData(),
                        entry.getEncryptCertificate().getCiphertext()));
                assertEquals(entry.getSerialNo(), KeyLoader.serialNumber(certificate));
                certificates.put(entry.getSerialNo(), certificate);
            }
            return certificates;
        }
    }

    private static Map<String, X509Certificate> initial() {
        X509Certificate first = credentials.platformCertificate().certificate();
        Map<String, X509Certificate> known = new LinkedHashMap<>();
        known.put(KeyLoader.serialNumber(first), first);
        return known;
    }

    private static String importWith(WechatPaySandbox sandbox, ThrowawayCredentials credentials,
                                     Map<String, X509Certificate> certificates, String serial, String phone,
                                     String outRequestNo) {
        try (WechatPayClient client = clientBuilder(sandbox, credentials).trust(new PlatformCertificateTrust(certificates, serial)).build()) {
            return client.membercardOpen().importPhoneMembercard(WechatPaySandbox.SYSTEM_ALLOCATE_CARD,
                    new PhoneMembercardImportRequest().encryptedPhoneNumber(phone).outRequestNo(outRequestNo)).getCode();
        }
    }

    @Test
    void downloadsDecryptableCertificatesSignedByThePlatformCertificate() throws Exception {
        Map<String, X509Certificate> certificates = download(sandbox, credentials, initial());
        assertEquals(sandbox.platformCertificates().stream().map(io.github.membercardopen.sandbox.PlatformCertificate::serialNumber)
                .collect(Collectors.toList()), new ArrayList<>(certificates.keySet()));
    }

    @Test
    void importsWithAPhoneEncryptedForThePlatformCertificate() {
        Map<String, X509Certificate> known = initial();
        String code = importWith(sandbox, credentials, known, known.keySet().iterator().next(), "13600136000", "cert-import");
        assertEquals(code, sandbox.importedMember("cert-import").code());
    }

    @Test
    void rotatedCertificateIsServedAndDecryptsAtOnceAndSignsOnceTheOldOneIsRetired() throws Exception {
        ThrowawayCredentials keys = ThrowawayCredentials.generate("1900000009");
        try (WechatPaySandbox rotating = WechatPaySandbox.builder()
                .merchant(keys.merchantId(), keys.merchantCertificate()).platformCertificates(keys).start()) {
            String old = keys.platformCertificate().serialNumber();
            String added = rotating.rotatePlatformCertificate().serialNumber();

            Map<String, X509Certificate> both = download(rotating, keys, Collections.singletonMap(old,
                    keys.platformCertificate().certificate()));
            assertEquals(Arrays.asList(old, added), new ArrayList<>(both.keySet()));
            assertTrue(importWith(rotating, keys, both, added, "13600136001", "cert-rotated").matches("\\d{12}"));

            rotating.retirePlatformCertificate(old);
            assertThrows(ResponseVerificationException.class, () -> download(rotating, keys,
                    Collections.singletonMap(old, keys.platformCertificate().certificate())));
            assertEquals(Collections.singletonList(added), new ArrayList<>(download(rotating, keys,
                    Collections.singletonMap(added, both.get(added))).keySet()));
        }
    }

    @Test
    void retiringTheLastCertificateWithoutAPublicKeyIsRefused() {
        List<io.github.membercardopen.sandbox.PlatformCertificate> current = sandbox.platformCertificates();
        assertThrows(IllegalStateException.class, () -> sandbox.retirePlatformCertificate(current.get(0).serialNumber()));
    }

    @Test
    void publicKeyModeAnswersCertificatesWith404NotFound() {
        ThrowawayCredentials keys = ThrowawayCredentials.generate("1900000010");
        try (WechatPaySandbox publicKeyOnly = WechatPaySandbox.builder().credentials(keys).start();
             WechatPayClient client = SandboxClients.builder(publicKeyOnly, keys).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> client.certificates().downloadCertificates("RSA"));
            assertEquals(404, e.getHttpStatus());
            assertEquals("NOT_FOUND", e.getErrorCode());
            assertTrue(e.getErrorMessage().contains("微信支付公钥"), e.getErrorMessage());
        }
    }

    @Test
    void inMixedModeAnswersAreSignedByTheKeyTheRequestNamed() throws Exception {
        ThrowawayCredentials keys = ThrowawayCredentials.generate("1900000011");
        try (WechatPaySandbox mixed = WechatPaySandbox.builder().credentials(keys).platformCertificates(keys).start()) {
            // Public-key client: answers verified with the public key (the serial names PUB_KEY_ID_...).
            try (WechatPayClient client = SandboxClients.builder(mixed, keys).build()) {
                assertTrue(client.membercardOpen().importPhoneMembercard(WechatPaySandbox.SYSTEM_ALLOCATE_CARD,
                        new PhoneMembercardImportRequest().encryptedPhoneNumber("13600136002").outRequestNo("mixed-pk"))
                        .getCode().matches("\\d{12}"));
            }
            // Certificate client: would fail verification if the answer were signed with the public key.
            X509Certificate platform = keys.platformCertificate().certificate();
            Map<String, X509Certificate> known = new LinkedHashMap<>();
            known.put(KeyLoader.serialNumber(platform), platform);
            try (WechatPayClient client = clientBuilder(mixed, keys).trust(new PlatformCertificateTrust(known, KeyLoader.serialNumber(platform))).build()) {
                assertTrue(client.membercardOpen().importPhoneMembercard(WechatPaySandbox.SYSTEM_ALLOCATE_CARD,
                        new PhoneMembercardImportRequest().encryptedPhoneNumber("13600136003").outRequestNo("mixed-cert"))
                        .getCode().matches("\\d{12}"));
            }
        }
    }
}
