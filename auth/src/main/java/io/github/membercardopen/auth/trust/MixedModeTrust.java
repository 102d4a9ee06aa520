package io.github.membercardopen.auth.trust;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The certificate-to-public-key migration: the WeChat Pay public key and the platform certificates are
 * trusted at once, each response verified by the key its {@code Wechatpay-Serial} names. One of the two,
 * by {@link EncryptionKeyChoice}, encrypts request fields and names itself in {@code Wechatpay-Serial}.
 */
public final class MixedModeTrust implements WechatPayTrust {
    private final WechatPayTrust publicKey;
    private final WechatPayTrust certificates;
    private final EncryptionKeyChoice encryptWith;

    public MixedModeTrust(WechatPayTrust publicKey, WechatPayTrust certificates, EncryptionKeyChoice encryptWith) {
        this.publicKey = publicKey;
        this.certificates = certificates;
        this.encryptWith = encryptWith;
    }

    @Override
    public EncryptionKey encryptionKey() {
        return encryptWith == EncryptionKeyChoice.PUBLIC_KEY ? publicKey.encryptionKey() : certificates.encryptionKey();
    }

    /** The public key is asked first: it never refreshes, so its answers cost no download. */
    @Override
    public PublicKey verificationKey(String serial) {
        PublicKey key = publicKey.verificationKey(serial);
        return key != null ? key : certificates.verificationKey(serial);
    }

    @Override
    public Collection<String> knownSerials() {
        List<String> serials = new ArrayList<>(publicKey.knownSerials());
        serials.addAll(certificates.knownSerials());
        return serials;
    }

    @Override
    public WechatPayTrust forCertificateDownload(String downloadBody) {
        return new MixedModeTrust(publicKey, certificates.forCertificateDownload(downloadBody), encryptWith);
    }
}
