package io.github.membercardopen.auth.keys;

import io.github.membercardopen.auth.FakeKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyFilePermissionsTest {
    @Test
    void warnsAboutWorldReadableKeyOnlyWhenItIs(@TempDir Path dir) throws IOException {
        Path key = Files.copy(FakeKeys.file("merchant_key.pem"), dir.resolve("apiclient_key.pem"));
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        assertTrue(KeyFilePermissions.warnIfReadableByOthers(key));
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        assertFalse(KeyFilePermissions.warnIfReadableByOthers(key));
    }
}
