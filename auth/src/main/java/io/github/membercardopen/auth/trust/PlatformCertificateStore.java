package io.github.membercardopen.auth.trust;

import io.github.membercardopen.error.PlatformCertificateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Certificate mode: the platform certificates of one merchant, downloaded from a
 * {@link PlatformCertificateSource}. Readers see an immutable snapshot and never wait; refreshes are
 * serialised and replace the snapshot only when they succeed, so a failed refresh keeps the old
 * certificates. A response signed by an unknown serial triggers one refresh, at most once per
 * {@code unknownSerialRefreshGap}.
 */
public final class PlatformCertificateStore implements WechatPayTrust {
    public static final Duration DEFAULT_UNKNOWN_SERIAL_REFRESH_GAP = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(PlatformCertificateStore.class);

    private final PlatformCertificateSource source;
    private final PlatformCertificateDecryptor decryptor;
    private final Clock clock;
    private final long unknownSerialRefreshGapMillis;
    private final String owner;
    private final ReentrantLock refreshLock = new ReentrantLock();
    private final AtomicLong lastUnknownSerialRefresh;
    private volatile PlatformCertificates current;

    /** @param owner names the merchant in log lines, for example {@code "merchant 1900000001"} */
    public PlatformCertificateStore(PlatformCertificateSource source, PlatformCertificateDecryptor decryptor,
                                    Clock clock, Duration unknownSerialRefreshGap, String owner) {
        this.source = source;
        this.decryptor = decryptor;
        this.clock = clock;
        this.unknownSerialRefreshGapMillis = unknownSerialRefreshGap.toMillis();
        this.owner = owner;
        this.lastUnknownSerialRefresh = new AtomicLong(clock.millis() - unknownSerialRefreshGapMillis);
        this.current = PlatformCertificates.none(clock);
    }

    /**
     * Downloads, decrypts and checks the certificates, then replaces the held ones. Throws the
     * download's exception, or {@link PlatformCertificateException} if no certificate is valid now;
     * either way the held certificates stay.
     */
    public void refresh() {
        refreshLock.lock();
        try {
            Map<String, X509Certificate> downloaded = decryptor.decrypt(source.download());
            if (downloaded.isEmpty()) {
                throw new PlatformCertificateException("the download holds no platform certificate valid now", null);
            }
            current = new PlatformCertificates(downloaded, clock);
            LOG.debug("platform certificates of {}: {}", owner, downloaded.keySet());
        } finally {
            refreshLock.unlock();
        }
    }

    /** {@link #refresh()} for background use: a failure is logged and the old certificates stay. */
    public boolean refreshQuietly() {
        try {
            refresh();
            return true;
        } catch (RuntimeException e) {
            LOG.warn("refreshing the platform certificates of {} failed; keeping {}: {}", owner,
                    current.knownSerials(), e.getMessage());
            return false;
        }
    }

    @Override
    public EncryptionKey encryptionKey() {
        return current.encryptionKey();
    }

    @Override
    public PublicKey verificationKey(String serial) {
        PublicKey key = current.verificationKey(serial);
        if (key != null) {
            return key;
        }
        if (claimUnknownSerialRefresh()) {
            LOG.info("a response of {} names unknown serial {}; refreshing the platform certificates", owner, serial);
            refreshQuietly();
        } else {
            awaitRefreshInFlight();
        }
        return current.verificationKey(serial);
    }

    @Override
    public Collection<String> knownSerials() {
        return current.knownSerials();
    }

    /** Verifying a download must not download again: the held certificates plus the body's, no refresh. */
    @Override
    public WechatPayTrust forCertificateDownload(String downloadBody) {
        List<EncryptedCertificateEntry> entries;
        try {
            entries = source.read(downloadBody);
        } catch (RuntimeException notACertificateList) {
            return current;
        }
        return current.plus(decryptor.decrypt(entries));
    }

    private boolean claimUnknownSerialRefresh() {
        long now = clock.millis();
        long last = lastUnknownSerialRefresh.get();
        return now - last >= unknownSerialRefreshGapMillis && lastUnknownSerialRefresh.compareAndSet(last, now);
    }

    // A refresh running on another thread may be fetching the very serial this caller misses.
    private void awaitRefreshInFlight() {
        refreshLock.lock();
        refreshLock.unlock();
    }
}
