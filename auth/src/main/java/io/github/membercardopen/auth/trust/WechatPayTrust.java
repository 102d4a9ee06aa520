package io.github.membercardopen.auth.trust;

import java.security.PublicKey;

/**
 * What a client trusts on WeChat Pay's side: the key that encrypts request fields (and so the
 * {@code Wechatpay-Serial} every request carries) and the keys that verify responses, by serial.
 */
public interface WechatPayTrust {
    EncryptionKey encryptionKey();

    /**
     * The key that verifies a response whose {@code Wechatpay-Serial} is {@code serial}, or {@code null}
     * if none is known (after any refresh the implementation may attempt).
     */
    PublicKey verificationKey(String serial);

    /** The serials this trust knows, for error messages. */
    java.util.Collection<String> knownSerials();
}
