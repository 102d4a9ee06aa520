package io.github.membercardopen.auth.trust;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A download that tests set by hand: its entries, or a failure, and how often it was called. */
final class FakeCertificateSource implements PlatformCertificateSource {
    private volatile List<EncryptedCertificateEntry> entries = new ArrayList<>();
    private volatile RuntimeException failure;
    final AtomicInteger downloads = new AtomicInteger();

    void serve(EncryptedCertificateEntry... entries) {
        this.entries = Arrays.asList(entries);
        this.failure = null;
    }

    void fail(RuntimeException failure) {
        this.failure = failure;
    }

    @Override
    public List<EncryptedCertificateEntry> download() {
        downloads.incrementAndGet();
        if (failure != null) {
            throw failure;
        }
        return entries;
    }

    /** Any body stands for the entries currently served. */
    @Override
    public List<EncryptedCertificateEntry> read(String downloadBody) {
        return entries;
    }
}
