package io.github.membercardopen.auth.trust;

import java.security.PublicKey;

/**
 * What a client trusts on WeChat Pay's side: the key that encrypts request fields (and so the
 * {@code Wechatpay-Serial} every request carries) and the keys that verify responses, by serial.
 */
public interface WechatPayTrust {
    /**
     * The key that encrypts request fields and names itself in {@code Wechatpay-Serial}, or {@code null}
     * while there is none (platform certificates not downloaded yet, or all expired).
     */
    EncryptionKey encryptionKey();

    /**
     * The key that verifies a response whose {@code Wechatpay-Serial} is {@code serial}, or {@code null}
     * if none is known (after any refresh the implementation may attempt).
     */
    PublicKey verificationKey(String serial);

    /** The serials this trust knows, for error messages. */
    java.util.Collection<String> knownSerials();

    /**
     * The trust that verifies the answer to a platform-certificate download whose body is
     * {@code downloadBody}: this one plus the certificates that body carries. It never refreshes, so
     * verifying a download cannot start another download.
     */
    default WechatPayTrust forCertificateDownload(String downloadBody) {
        return this;
    }
}
