package io.github.membercardopen.sandbox;

import com.google.gson.Gson;
import io.github.membercardopen.auth.crypto.AeadAes256Gcm;

import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v3/certificates}: every platform certificate, PEM encrypted with the APIv3 key
 * (AEAD_AES_256_GCM, associated data {@code certificate}). Without certificates (public-key mode) it
 * answers 404 {@code NOT_FOUND}, as WeChat Pay does for merchants on the public key.
 */
final class CertificatesHandler {
    private static final String NONCE_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final DateTimeFormatter RFC3339_BEIJING =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(ZoneOffset.ofHours(8));

    private final PlatformCertificates certificates;
    private final AeadAes256Gcm aead;
    private final Gson gson;
    private final SecureRandom random = new SecureRandom();

    /** {@code aead} is {@code null} when no APIv3 key is configured, which only public-key mode allows. */
    CertificatesHandler(PlatformCertificates certificates, AeadAes256Gcm aead, Gson gson) {
        this.certificates = certificates;
        this.aead = aead;
        this.gson = gson;
    }

    OutgoingResponse handle() {
        List<PlatformCertificate> all = certificates.all();
        if (all.isEmpty() || aead == null) {
            throw new ApiError(404, "NOT_FOUND", "无可用的平台证书，请使用微信支付公钥 (this merchant uses the WeChat Pay "
                    + "public key: configure PUB_KEY_ID_... and pub_key.pem)", null);
        }
        List<Map<String, Object>> data = new ArrayList<>();
        for (PlatformCertificate certificate : all) {
            data.add(entry(certificate));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        return new OutgoingResponse(200, gson.toJson(body));
    }

    private Map<String, Object> entry(PlatformCertificate platformCertificate) {
        X509Certificate certificate = platformCertificate.certificate();
        String nonce = nonce();
        Map<String, Object> encrypted = new LinkedHashMap<>();
        encrypted.put("algorithm", "AEAD_AES_256_GCM");
        encrypted.put("nonce", nonce);
        encrypted.put("associated_data", "certificate");
        encrypted.put("ciphertext", aead.encrypt(nonce, "certificate", PemFiles.pem(certificate)));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("serial_no", platformCertificate.serialNumber());
        entry.put("effective_time", RFC3339_BEIJING.format(certificate.getNotBefore().toInstant()));
        entry.put("expire_time", RFC3339_BEIJING.format(certificate.getNotAfter().toInstant()));
        entry.put("encrypt_certificate", encrypted);
        return entry;
    }

    private String nonce() {
        char[] nonce = new char[12];
        for (int i = 0; i < nonce.length; i++) {
            nonce[i] = NONCE_ALPHABET.charAt(random.nextInt(NONCE_ALPHABET.length()));
        }
        return new String(nonce);
    }
}
