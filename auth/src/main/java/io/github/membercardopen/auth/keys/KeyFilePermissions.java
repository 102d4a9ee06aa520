package io.github.membercardopen.auth.keys;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** Warns when a private-key file can be read by other users: it signs as the merchant. */
final class KeyFilePermissions {
    private static final Logger LOG = LoggerFactory.getLogger(KeyFilePermissions.class);
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private KeyFilePermissions() {
    }

    /** Returns whether a warning was logged; silent on file systems without POSIX permissions. */
    static boolean warnIfReadableByOthers(Path keyFile) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(keyFile);
            permissions.retainAll(OTHERS);
            if (!permissions.isEmpty()) {
                LOG.warn("private key file {} is readable by {}; restrict it with: chmod 600 {}", keyFile,
                        permissions.contains(PosixFilePermission.OTHERS_READ) ? "every user" : "its group", keyFile);
                return true;
            }
        } catch (UnsupportedOperationException | IOException notPosix) {
            // Windows and the like: nothing to check.
        }
        return false;
    }
}
