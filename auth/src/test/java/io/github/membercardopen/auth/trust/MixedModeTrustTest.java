package io.github.membercardopen.auth.trust;

import io.github.membercardopen.auth.crypto.AeadAes256Gcm;
import io.github.membercardopen.auth.testing.PlatformKey;
import io.github.membercardopen.auth.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.github.membercardopen.auth.trust.PlatformCertificateDecryptorTest.API_V3_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MixedModeTrustTest {
    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    private static final String PUBLIC_KEY_ID = "PUB_KEY_ID_0114232134912410000000000000000000";

    private final TestClock clock = new TestClock(NOW);
    private final FakeCertificateSource source = new FakeCertificateSource();
    private final PlatformCertificateStore certificates = new PlatformCertificateStore(source,
            new PlatformCertificateDecryptor(new AeadAes256Gcm(API_V3_KEY), clock), clock, Duration.ofMinutes(1), "test");
    private final PlatformKey publicKey = PlatformKey.create(PUBLIC_KEY_ID, NOW, NOW.plus(Duration.ofDays(1)));
    private final PlatformKey certificate = PlatformKey.create("5DEA10EF", NOW.minus(Duration.ofDays(1)),
            NOW.plus(Duration.ofDays(300)));
    private final WechatPayPublicKeyTrust publicKeyTrust = new WechatPayPublicKeyTrust(PUBLIC_KEY_ID, publicKey.publicKey());

    @BeforeEach
    void downloadCertificates() {
        source.serve(certificate.encryptedEntry(API_V3_KEY));
        certificates.refresh();
    }

    @Test
    void verifiesWithWhicheverKeyTheSerialNames() {
        MixedModeTrust trust = new MixedModeTrust(publicKeyTrust, certificates, EncryptionKeyChoice.PUBLIC_KEY);

        assertEquals(publicKey.publicKey(), trust.verificationKey(PUBLIC_KEY_ID));
        assertEquals(certificate.publicKey(), trust.verificationKey("5DEA10EF"));
        assertEquals(1, source.downloads.get(), "a public-key serial never triggers a certificate download");
        assertTrue(trust.knownSerials().contains(PUBLIC_KEY_ID) && trust.knownSerials().contains("5DEA10EF"));
    }

    @Test
    void encryptsWithTheChosenKey() {
        assertEquals(PUBLIC_KEY_ID,
                new MixedModeTrust(publicKeyTrust, certificates, EncryptionKeyChoice.PUBLIC_KEY).encryptionKey().id());
        assertEquals("5DEA10EF",
                new MixedModeTrust(publicKeyTrust, certificates, EncryptionKeyChoice.PLATFORM_CERTIFICATE).encryptionKey().id());
    }
}
