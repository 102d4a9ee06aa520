package io.github.membercardopen.auth.trust;

import io.github.membercardopen.auth.crypto.AeadAes256Gcm;
import io.github.membercardopen.auth.testing.PlatformKey;
import io.github.membercardopen.auth.testing.TestClock;
import io.github.membercardopen.error.PlatformCertificateException;
import io.github.membercardopen.error.TransportException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.github.membercardopen.auth.trust.PlatformCertificateDecryptorTest.API_V3_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PlatformCertificateStoreTest {
    private static final Instant START = Instant.parse("2025-06-01T00:00:00Z");

    private final TestClock clock = new TestClock(START);
    private final FakeCertificateSource source = new FakeCertificateSource();
    private final PlatformCertificateStore store = new PlatformCertificateStore(source,
            new PlatformCertificateDecryptor(new AeadAes256Gcm(API_V3_KEY), clock), clock,
            PlatformCertificateStore.DEFAULT_UNKNOWN_SERIAL_REFRESH_GAP, "merchant test");

    private static PlatformKey key(String serial, Duration validBefore, Duration validAfter) {
        return PlatformKey.create(serial, START.minus(validBefore), START.plus(validAfter));
    }

    @Test
    void rotatesToTheNewCertificateAndDropsTheOldOneWhenItExpires() {
        PlatformKey old = key("0A", Duration.ofDays(300), Duration.ofDays(3));
        PlatformKey rotated = key("0B", Duration.ofDays(1), Duration.ofDays(1800));
        source.serve(old.encryptedEntry(API_V3_KEY));
        store.refresh();
        assertEquals("0A", store.encryptionKey().id());

        clock.advance(Duration.ofDays(1));
        source.serve(old.encryptedEntry(API_V3_KEY), rotated.encryptedEntry(API_V3_KEY));
        store.refresh();
        assertEquals("0B", store.encryptionKey().id(), "the newest certificate encrypts");
        assertEquals(old.publicKey(), store.verificationKey("0A"), "both verify during the switch");
        assertEquals(rotated.publicKey(), store.verificationKey("0B"));

        clock.advance(Duration.ofDays(3));
        assertNull(store.verificationKey("0A"), "an expired certificate no longer verifies, even before a refresh");
        assertEquals("0B", store.encryptionKey().id());
    }

    @Test
    void unknownSerialRefreshesAtMostOncePerMinute() {
        PlatformKey first = key("0A", Duration.ofDays(1), Duration.ofDays(300));
        source.serve(first.encryptedEntry(API_V3_KEY));
        store.refresh();

        PlatformKey appeared = key("0B", Duration.ofDays(1), Duration.ofDays(600));
        source.serve(first.encryptedEntry(API_V3_KEY), appeared.encryptedEntry(API_V3_KEY));
        assertEquals(appeared.publicKey(), store.verificationKey("0B"));
        assertEquals(2, source.downloads.get());

        assertNull(store.verificationKey("0C"));
        assertNull(store.verificationKey("0C"));
        assertEquals(2, source.downloads.get(), "more unknown serials within that minute download nothing");

        clock.advance(Duration.ofSeconds(59));
        assertNull(store.verificationKey("0C"));
        assertEquals(2, source.downloads.get());
        clock.advance(Duration.ofSeconds(1));
        assertNull(store.verificationKey("0C"));
        assertEquals(3, source.downloads.get());
    }

    @Test
    void failedRefreshKeepsTheCertificatesItHas() {
        PlatformKey held = key("0A", Duration.ofDays(1), Duration.ofDays(300));
        source.serve(held.encryptedEntry(API_V3_KEY));
        store.refresh();

        source.fail(new TransportException("GET /v3/certificates failed", null));
        assertFalse(store.refreshQuietly());
        assertThrows(TransportException.class, store::refresh);
        assertEquals(held.publicKey(), store.verificationKey("0A"));
        assertEquals("0A", store.encryptionKey().id());
    }

    @Test
    void downloadWithoutAValidCertificateKeepsTheCertificatesItHas() {
        PlatformKey held = key("0A", Duration.ofDays(1), Duration.ofDays(300));
        source.serve(held.encryptedEntry(API_V3_KEY));
        store.refresh();

        source.serve(key("0B", Duration.ofDays(10), Duration.ofDays(-1)).encryptedEntry(API_V3_KEY));
        assertThrows(PlatformCertificateException.class, store::refresh);
        assertEquals(held.publicKey(), store.verificationKey("0A"));
    }

    @Test
    void verifyingADownloadTrustsItsCertificatesWithoutDownloadingAgain() {
        PlatformKey announced = key("0B", Duration.ofDays(1), Duration.ofDays(300));
        source.serve(announced.encryptedEntry(API_V3_KEY));

        WechatPayTrust downloadTrust = store.forCertificateDownload("{\"data\":[...]}");

        assertEquals(announced.publicKey(), downloadTrust.verificationKey("0B"));
        assertNull(downloadTrust.verificationKey("0C"));
        assertEquals(0, source.downloads.get());
        assertNull(store.encryptionKey(), "nothing is installed before the download itself succeeds");
    }

    @Test
    void hasNoEncryptionKeyBeforeTheFirstDownload() {
        assertNull(store.encryptionKey());
        assertNotNull(store.knownSerials());
    }
}
