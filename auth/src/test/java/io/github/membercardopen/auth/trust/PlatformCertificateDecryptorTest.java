package io.github.membercardopen.auth.trust;

import io.github.membercardopen.auth.crypto.AeadAes256Gcm;
import io.github.membercardopen.auth.testing.PlatformKey;
import io.github.membercardopen.error.ConfigurationException;
import io.github.membercardopen.error.PlatformCertificateException;
import org.junit.jupiter.api.Test;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlatformCertificateDecryptorTest {
    static final String API_V3_KEY = "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb";
    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    /**
     * The single entry of {@code DOWNLOAD_CERTIFICATE_RESPONSE} in wechatpay-apiv3/wechatpay-java
     * core/src/test/java/com/wechat/pay/java/core/model/TestConfig.java, copied as test data.
     */
    static final EncryptedCertificateEntry OFFICIAL_FIXTURE = new EncryptedCertificateEntry(
            "5DEA10EF55877E3CF6C33255C2E7DEFFF7E427EC", "AEAD_AES_256_GCM", "14b16c03dc1b", "certificate",
            "Mr/AxbvY+WL9hKlD5nIa03LOMPpn5f+CWeNxE4ujl0f5gXZ9XLJ9CldkArCOTsbU62XgKnTc3YvRMZQ7wCmE2fzwmAenAySTYsPms72JhggPWfdqVxri9YD5wBYKn8Ck0Fc5JIiVw9WlN2oxHBz83mRVsjoTGC5+cX1CdYqKuZ8pkvi0aCJIq07ZC8MHoTowUz+4jYJy9XeKqip83Z7BmUYxsePpNM+HtihBqTJIUYXJfX7Col5X0ACsApRoU9l6swfW/kzvqNpDJavhDBGasLrr5822+Fk5nVkcTi53f8Wbue7ODWjJxj1yhRYcxFCvXLtpYNB+Qa1aXtrBSdBdBI2p7o+6Imn+auHLBCzkrZqF/yd+d4vTn4tqHPLUj89XcHsMf96uBo3T/HQV8LEDeIO+6YvOK9FrIDYsvp+imN4n/mnF7eJKo9mpN/QqWJiawrFpAmMMxFKBjIdpgMnVUl3Z11RcWKyfOJ3kcmItTWcnZFNyDgR9cS0aU6QPlefa3uUW89uzBuHjcFdDl43yU3LE4qZnHLDcDgx4qt0OFCLiy51GXtEpyYs5k99YJBvKK+RyIs4Yc1/smBmClQUhxW+8bsPNOcXfDvH2yX4YzESoO4TV0RqiCgnsSd4zIFyJPiMKIGzVHiw6Kg0eGCmB4mGHEEZCQ0eN3SSPO0QVjjtBYfgXDZfVHSaAB8PjWBVNFimoViZZQrwT6Ygo0LU0Dd8+F5aHFYr4OPHPslr3hrgutEYXDTv1vTA6ABJGqknJ9Y2vtyWpy7aIwxc0kQq/1ezjs+RMVL/LRpGDnbx1/CGPDjZhYgZypKa55+PDhoaQxqkF3xCLz2DGoNHZYmFqxzAOsAK0vJZw4VcAk6ssbA6YIaMuiemEpxfLC9ZiXtRqsX9s+GWjjtA8JywOFMO+NKZm9BH/E5YNg2DDD3sHG9Mciwn7yJ6sdf8h2lAWlEExAOeiBNyshOHAQ0/S+x1ncWNiqY+Uh5n0rtonvePV2MsxVlEWR3AVHn1abcEWkzivd+G5kg7LYO0goqzGClcQfnFfZdO6KwcMXsBCnm9A1Bl4+k5LLokTIYH5/36SRIZ9j0CHGD77BQLE7x8AlNsoFS2m263tLLq78TFqvZUTIZIQcVIl+NInscS3xQbA38qqFqutCWIwoF1azuJ7woiJyMvnS3xzIpNzP+rzJ8VDXxjLjpEUBOC9WDs74+QMtsAdmh6g0KDclHEk8WJ4P2bnso4z3VCGoDT5X/0bS1C+jMZMKaOCNB21FZ08qgUHmKeDeg8ylENu+mh2Y/AaEDSGkGBHIfFbhMYO3uRxhk9hldiHEnHgdkXiVAAUWk/IhtmGijibO/L76vB74Xpes973uK+2iFKgNBk8qTLLZZnuWbcMQuA6VsFULRb/C+q9B21YuAWPMzvgBwr4EX2m/OpF5w8Q0HL7v1H5H0mIGJbrjnklUPoBYrw30W3uk7yF0KE6sfMukafFx0S9rBOL0RykGDPwC0lHSNySkXDeM5XvDJ+dtHK+RDwhJR+azfrWAHGMtZcQ+YVamjWVmHxXM03j3GeCXgqae1upwHzkPL5OwojcQ5MQi3Kv/1xtwY0cRN/yeZTOsXfujtqhkJj/Vltby4lnW4SCj4LjWQF19BY6zhzF4yybBA8bhhtoNP/zx8QkhHAkIROkK2ZVgfocCAPvfQ+vSrsIBO+L5cmg6mzFn4g84lsHscgXnszIlzUrzx/4Tam0uwuS9J1gddZ0I0QUt9SJzfsoBCTU0OgNMUtXKS5HvgXe7abexMtFH5eulOsAuFZkQ5LYJa/m4yHFInXzL/t3hjdTi2NmxUufvYzwIyffRTu5vS9vjscARD9lUQDHFQ/xgWe1i8EkRlrSfjlXt00+4//h2bcJKyTBT3IXwvKNsuY29V9/vU3HkvWKZ99zpSlmcZRuBa1BHbyPEvc0NlqIIoKidxqUvOR64MzudHhAjgWFP+IXojfhS3Gj9OJhBL7s");

    private static PlatformCertificateDecryptor decryptor(String apiV3Key, Instant now) {
        return new PlatformCertificateDecryptor(new AeadAes256Gcm(apiV3Key), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void decryptsTheOfficialSdkDownloadFixture() {
        Map<String, X509Certificate> certificates = decryptor(API_V3_KEY, NOW)
                .decrypt(Collections.singletonList(OFFICIAL_FIXTURE));

        X509Certificate certificate = certificates.get("5DEA10EF55877E3CF6C33255C2E7DEFFF7E427EC");
        assertEquals(Instant.parse("2023-09-19T15:15:58Z"), certificate.getNotBefore().toInstant());
        assertEquals(Instant.parse("2028-09-17T15:15:58Z"), certificate.getNotAfter().toInstant());
    }

    @Test
    void skipsCertificatesOutsideTheirValidityWindow() {
        assertTrue(decryptor(API_V3_KEY, Instant.parse("2028-09-18T00:00:00Z"))
                .decrypt(Collections.singletonList(OFFICIAL_FIXTURE)).isEmpty());
        assertTrue(decryptor(API_V3_KEY, Instant.parse("2023-09-19T00:00:00Z"))
                .decrypt(Collections.singletonList(OFFICIAL_FIXTURE)).isEmpty());
    }

    @Test
    void wrongApiV3KeyIsAConfigurationError() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> decryptor("00000000000000000000000000000000", NOW).decrypt(Collections.singletonList(OFFICIAL_FIXTURE)));
        assertTrue(e.getMessage().startsWith("the APIv3 key does not decrypt the certificates"), e.getMessage());
        assertTrue(!e.getMessage().contains(API_V3_KEY));
    }

    @Test
    void tamperedCiphertextIsNotAccepted() {
        String ciphertext = OFFICIAL_FIXTURE.ciphertext();
        String flipped = (ciphertext.charAt(10) == 'A' ? "B" : "A");
        EncryptedCertificateEntry tampered = new EncryptedCertificateEntry(OFFICIAL_FIXTURE.serialNo(), "AEAD_AES_256_GCM",
                OFFICIAL_FIXTURE.nonce(), "certificate", ciphertext.substring(0, 10) + flipped + ciphertext.substring(11));

        assertThrows(ConfigurationException.class,
                () -> decryptor(API_V3_KEY, NOW).decrypt(Collections.singletonList(tampered)));
    }

    @Test
    void listedSerialMustBeTheCertificatesSerial() {
        PlatformKey key = PlatformKey.create("1A2B", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));
        EncryptedCertificateEntry honest = key.encryptedEntry(API_V3_KEY);
        EncryptedCertificateEntry relabelled = new EncryptedCertificateEntry("3C4D", honest.algorithm(), honest.nonce(),
                honest.associatedData(), honest.ciphertext());

        PlatformCertificateException e = assertThrows(PlatformCertificateException.class,
                () -> decryptor(API_V3_KEY, NOW).decrypt(Collections.singletonList(relabelled)));
        assertTrue(e.getMessage().contains("3C4D") && e.getMessage().contains("1A2B"), e.getMessage());
    }

    @Test
    void skipsEntriesInOtherAlgorithms() {
        EncryptedCertificateEntry sm = new EncryptedCertificateEntry("1A2B", "AEAD_SM4_GCM", "0123456789ab", "certificate", "AAAA");
        assertTrue(decryptor(API_V3_KEY, NOW).decrypt(Collections.singletonList(sm)).isEmpty());
    }
}
