package io.github.membercardopen.sandbox;

import io.github.membercardopen.auth.keys.KeyLoader;
import io.github.membercardopen.client.WechatPayClient;
import io.github.membercardopen.model.PhoneMembercardImportRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandaloneSandboxTest {

    @Test
    void parsesEveryFlag() {
        SandboxOptions options = SandboxArguments.parse("--port", "8080", "--host=0.0.0.0", "--merchant-id", "123",
                "--card", "pA", "--card", "pB:real_time", "--fail-rate", "0.1", "--rate-limit-qps", "50",
                "--rate-limit-rate", "0.2", "--latency-ms", "10-200", "--drop-rate", "0.3",
                "--bad-signature-rate", "0.4", "--probe-signature-rate", "0.5", "--seed", "7");
        assertEquals(8080, options.port);
        assertEquals("0.0.0.0", options.host);
        assertEquals(CodeMode.REAL_TIME, SandboxOptions.cardMode(options.cards.get(1)));
        assertEquals(CodeMode.SYSTEM_ALLOCATE, SandboxOptions.cardMode(options.cards.get(0)));
        assertEquals(Duration.ofMillis(10), options.minLatency);
        assertEquals(Duration.ofMillis(200), options.maxLatency);
        assertEquals(7L, options.seed);
    }

    @Test
    void rejectsUnknownFlagsAndBadNumbers() {
        assertThrows(IllegalArgumentException.class, () -> SandboxArguments.parse("--colour", "red"));
        assertThrows(IllegalArgumentException.class, () -> SandboxArguments.parse("--port", "eighty"));
        assertThrows(IllegalArgumentException.class, () -> SandboxArguments.parse("--port"));
    }

    @Test
    void withoutKeyFilesGeneratesKeysThatAClientCanUse(@TempDir Path keys) throws IOException {
        SandboxOptions options = SandboxArguments.parse("--keys-dir", keys.toString(), "--card", "pStandalone");
        try (StandaloneSandbox standalone = StandaloneSandbox.start(options)) {
            String line = standalone.readyLine();
            assertTrue(line.startsWith("sandbox ready at http://127.0.0.1:"), line);
            assertTrue(line.contains("public key id PUB_KEY_ID_") && line.contains("keys in " + keys), line);

            Properties settings = new Properties();
            settings.load(Files.newBufferedReader(keys.resolve(ThrowawayCredentials.SETTINGS_FILE)));
            try (WechatPayClient client = WechatPayClient.builder()
                    .merchantId(settings.getProperty("merchant_id"))
                    .merchantSerialNumber(settings.getProperty("merchant_serial_number"))
                    .merchantPrivateKey(keys.resolve(ThrowawayCredentials.MERCHANT_KEY_FILE))
                    .wechatpayPublicKey(settings.getProperty("wechatpay_public_key_id"),
                            keys.resolve(ThrowawayCredentials.WECHATPAY_PUBLIC_KEY_FILE))
                    .baseUrl(standalone.sandbox().baseUrl())
                    .build()) {
                client.membercardOpen().importPhoneMembercard("pStandalone",
                        new PhoneMembercardImportRequest().encryptedPhoneNumber("13400134000").outRequestNo("standalone-1"));
            }
            assertEquals(1, standalone.sandbox().importedMembers().size());
        }
    }

    @Test
    void startsFromKeyFilesInBothModes(@TempDir Path keys) {
        ThrowawayCredentials.generate("1900000030").writeTo(keys);
        SandboxOptions options = SandboxArguments.parse("--merchant-id", "1900000030",
                "--merchant-certificate", keys.resolve(ThrowawayCredentials.MERCHANT_CERTIFICATE_FILE).toString(),
                "--wechatpay-private-key", keys.resolve(ThrowawayCredentials.WECHATPAY_PRIVATE_KEY_FILE).toString(),
                "--wechatpay-public-key-id", "PUB_KEY_ID_0000000000000000000000000000000001",
                "--platform-certificate", keys.resolve(ThrowawayCredentials.PLATFORM_CERTIFICATE_FILE).toString(),
                "--platform-private-key", keys.resolve(ThrowawayCredentials.PLATFORM_KEY_FILE).toString(),
                "--api-v3-key", "0123456789abcdefghijklmnopqrstuv", "--fail-rate", "1");
        try (StandaloneSandbox standalone = StandaloneSandbox.start(options)) {
            assertEquals(null, standalone.keysDirectory());
            assertEquals(KeyLoader.serialNumber(KeyLoader.certificate(
                    keys.resolve(ThrowawayCredentials.PLATFORM_CERTIFICATE_FILE))),
                    standalone.sandbox().platformCertificates().get(0).serialNumber());
            assertTrue(standalone.readyLine().contains("PUB_KEY_ID_0000000000000000000000000000000001"));
        }
    }

    @Test
    void certificateModeWithoutTheApiV3KeyIsRefused(@TempDir Path keys) {
        ThrowawayCredentials.generate("1900000031").writeTo(keys);
        SandboxOptions options = SandboxArguments.parse(
                "--merchant-certificate", keys.resolve(ThrowawayCredentials.MERCHANT_CERTIFICATE_FILE).toString(),
                "--platform-certificate", keys.resolve(ThrowawayCredentials.PLATFORM_CERTIFICATE_FILE).toString(),
                "--platform-private-key", keys.resolve(ThrowawayCredentials.PLATFORM_KEY_FILE).toString());
        assertThrows(IllegalArgumentException.class, () -> StandaloneSandbox.start(options));
    }
}
