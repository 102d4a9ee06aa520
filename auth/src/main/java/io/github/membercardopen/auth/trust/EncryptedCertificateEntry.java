package io.github.membercardopen.auth.trust;

/** One entry of a platform-certificate download: the listed serial and the AEAD-encrypted PEM certificate. */
public final class EncryptedCertificateEntry {
    private final String serialNo;
    private final String algorithm;
    private final String nonce;
    private final String associatedData;
    private final String ciphertext;

    public EncryptedCertificateEntry(String serialNo, String algorithm, String nonce, String associatedData,
                                     String ciphertext) {
        this.serialNo = serialNo;
        this.algorithm = algorithm;
        this.nonce = nonce;
        this.associatedData = associatedData;
        this.ciphertext = ciphertext;
    }

    public String serialNo() {
        return serialNo;
    }

    /** {@code AEAD_AES_256_GCM} for RSA certificates. */
    public String algorithm() {
        return algorithm;
    }

    public String nonce() {
        return nonce;
    }

    public String associatedData() {
        return associatedData;
    }

    /** Base64 of ciphertext and tag. */
    public String ciphertext() {
        return ciphertext;
    }
}
