package io.github.membercardopen.cli.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Rows to expect, for the progress bar's percentage and ETA: lines after the header, counted fast. */
public final class RowEstimate {
    private RowEstimate() {
    }

    /** Newlines minus the header's; 0 when unknown. Quoted newlines and blank lines make it an upper bound. */
    public static long of(Path csv) {
        byte[] buffer = new byte[1 << 16];
        long lines = 0;
        int last = '\n';
        try (InputStream in = Files.newInputStream(csv)) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[read - 1];
            }
        } catch (IOException e) {
            return 0;
        }
        if (last != '\n') {
            lines++;
        }
        return Math.max(0, lines - 1);
    }
}
