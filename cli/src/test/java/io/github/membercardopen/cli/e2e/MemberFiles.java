package io.github.membercardopen.cli.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Member CSVs written at test time: distinct valid phones, optionally with known bad rows mixed in. */
final class MemberFiles {
    private MemberFiles() {
    }

    static List<String> phones(int count, long seed) {
        Random random = new Random(seed);
        Set<String> phones = new LinkedHashSet<>();
        while (phones.size() < count) {
            phones.add("13" + String.format("%09d", random.nextInt(1_000_000_000)));
        }
        return new ArrayList<>(phones);
    }

    static Path write(Path file, List<String> lines, Charset charset) {
        try {
            return Files.write(file, lines, charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A header, one row per phone, and {@code badRows} invalid rows spread through the file. */
    static List<String> csv(List<String> phones, List<String> badRows) {
        List<String> lines = new ArrayList<>();
        lines.add("phone,name");
        int every = badRows.isEmpty() ? Integer.MAX_VALUE : Math.max(1, phones.size() / badRows.size());
        int bad = 0;
        for (int i = 0; i < phones.size(); i++) {
            if (i % every == every / 2 && bad < badRows.size()) {
                lines.add(badRows.get(bad++));
            }
            lines.add(phones.get(i) + ",member " + i);
        }
        return lines;
    }
}
