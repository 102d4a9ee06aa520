package io.github.membercardopen.cli.input;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Any bytes at all, read as a member CSV, end in rows, row problems or an {@link InputFileException}: never
 * another exception, and never a hang ({@link Timeout} becomes Jazzer's per-input limit when fuzzing).
 * Without {@code JAZZER_FUZZ=1} this replays the inputs under {@code MemberCsvReaderFuzzTestInputs/}.
 */
class MemberCsvReaderFuzzTest {

    private static Path dir;

    @BeforeAll
    static void createDirectory() throws IOException {
        dir = Files.createTempDirectory("csv-fuzz");
    }

    @AfterAll
    static void deleteDirectory() throws IOException {
        Files.deleteIfExists(dir.resolve("input.csv"));
        Files.deleteIfExists(dir);
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void anyBytesGiveRowsOrAnInputFileException(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("input.csv"), bytes);
        try (MemberCsvReader reader = MemberCsvReader.open(file, null)) {
            for (RowResult row : reader) {
                assertTrue(row instanceof MemberRow || row instanceof RowProblem, () -> "unexpected " + row);
            }
        } catch (InputFileException expected) {
            assertTrue(expected.getMessage().startsWith(file.toString()), expected::getMessage);
        }
    }
}
