package io.github.membercardopen.http;

import io.github.membercardopen.auth.crypto.AeadAes256Gcm;
import io.github.membercardopen.auth.trust.EncryptedCertificateEntry;
import io.github.membercardopen.auth.trust.PlatformCertificateDecryptor;
import io.github.membercardopen.auth.trust.PlatformCertificateRefresher;
import io.github.membercardopen.auth.trust.PlatformCertificateSource;
import io.github.membercardopen.auth.trust.PlatformCertificateStore;
import io.github.membercardopen.error.ConfigurationException;
import io.github.membercardopen.error.PlatformCertificateException;
import io.github.membercardopen.error.ServiceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Certificate and mixed mode for one client: the store, created before the HTTP client exists, and
 * started once the generated certificate operation can be called through that client.
 */
final class PlatformCertificateSetup {
    private static final Logger LOG = LoggerFactory.getLogger(PlatformCertificateSetup.class);
    private static final String USE_PUBLIC_KEY = "configure the WeChat Pay public key (PUB_KEY_ID_... and pub_key.pem)"
            + " with wechatpayPublicKey(id, path)";

    private final LateBoundSource source = new LateBoundSource();
    private final PlatformCertificateStore store;
    private final String merchantId;

    PlatformCertificateSetup(String apiV3Key, String merchantId, Clock clock) {
        this.merchantId = merchantId;
        this.store = new PlatformCertificateStore(source, new PlatformCertificateDecryptor(new AeadAes256Gcm(apiV3Key),
                clock), clock, PlatformCertificateStore.DEFAULT_UNKNOWN_SERIAL_REFRESH_GAP, "merchant " + merchantId);
    }

    PlatformCertificateStore store() {
        return store;
    }

    /**
     * Downloads the certificates once through {@code operation} and starts refreshing them.
     *
     * @param certificatesRequired false in mixed mode when the public key encrypts: a merchant without
     *                             certificates is then only worth a warning
     * @return the refresher, for the client to close
     */
    Closeable start(PlatformCertificateSource operation, Duration refreshInterval, boolean certificatesRequired) {
        if (operation == null) {
            throw new ConfigurationException("this client has no operation marked x-wechatpay-certificate-download "
                    + "in its spec, so it cannot use an APIv3 key; " + USE_PUBLIC_KEY);
        }
        source.bind(operation);
        try {
            store.refresh();
        } catch (ServiceException e) {
            if (!isNoCertificatesAnswer(e)) {
                throw firstDownloadFailed(e);
            }
            if (certificatesRequired) {
                throw new ConfigurationException("merchant " + merchantId + " has no platform certificates (WeChat Pay "
                        + "answered " + e.getErrorCode() + "): " + USE_PUBLIC_KEY, e);
            }
            LOG.warn("merchant {} has no platform certificates (WeChat Pay answered {}); only the WeChat Pay public key "
                    + "is used. Remove the APIv3 key from the client settings to silence this.", merchantId, e.getErrorCode());
        } catch (ConfigurationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw firstDownloadFailed(e);
        }
        return new PlatformCertificateRefresher(store, refreshInterval, "membercard-open-certificates-" + merchantId);
    }

    private static boolean isNoCertificatesAnswer(ServiceException e) {
        return e.getHttpStatus() == 404
                && ("RESOURCE_NOT_EXISTS".equals(e.getErrorCode()) || "NOT_FOUND".equals(e.getErrorCode()));
    }

    private PlatformCertificateException firstDownloadFailed(RuntimeException cause) {
        return new PlatformCertificateException("the first download of the platform certificates of merchant "
                + merchantId + " failed, and responses cannot be verified without them: " + cause.getMessage(), cause);
    }

    /** The store needs its source before the client that reaches the operation exists. */
    private static final class LateBoundSource implements PlatformCertificateSource {
        private volatile PlatformCertificateSource operation;

        void bind(PlatformCertificateSource operation) {
            this.operation = operation;
        }

        @Override
        public List<EncryptedCertificateEntry> download() {
            return operation.download();
        }

        @Override
        public List<EncryptedCertificateEntry> read(String downloadBody) {
            return operation.read(downloadBody);
        }
    }
}
