package io.github.membercardopen.auth.trust;

import java.util.List;

/**
 * Where encrypted platform certificates come from. The generated client implements it with the spec's
 * operation marked {@code x-wechatpay-certificate-download}, so this layer knows no endpoint.
 */
public interface PlatformCertificateSource {
    /** Downloads the current list; throws the client's typed exceptions on failure. */
    List<EncryptedCertificateEntry> download();

    /**
     * The entries in the raw body of a download, so the download's own signature can be checked with
     * the certificates it carries. Throws a runtime exception if the body is not such a list.
     */
    List<EncryptedCertificateEntry> read(String downloadBody);
}
