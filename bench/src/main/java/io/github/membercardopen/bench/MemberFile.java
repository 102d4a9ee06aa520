package io.github.membercardopen.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Member CSVs of any size, written as a stream: a {@code phone} header and distinct valid mainland mobile
 * numbers. Member {@code i} gets {@code 13} followed by {@code i * 3^18 mod 10^9}: 3^18 shares no factor
 * with 10^9, so the first 10^9 members never repeat a number, and no set of seen numbers is needed.
 */
final class MemberFile {
    private static final long MULTIPLIER = 387_420_489L;
    private static final long NINE_DIGITS = 1_000_000_000L;

    private MemberFile() {
    }

    static String phone(int member) {
        return String.format("13%09d", member * MULTIPLIER % NINE_DIGITS);
    }

    static Path write(Path file, int members) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("phone\n");
            for (int member = 0; member < members; member++) {
                out.write(phone(member));
                out.write('\n');
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
