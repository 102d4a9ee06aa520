package io.github.membercardopen.cli;

import io.github.membercardopen.spec.Masking;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.membercardopen.cli.input.InputFileException;
import io.github.membercardopen.cli.input.MemberCsvReader;
import io.github.membercardopen.cli.input.MemberRow;
import io.github.membercardopen.cli.input.PhoneNumbers;
import io.github.membercardopen.cli.input.RowProblem;
import io.github.membercardopen.cli.input.RowResult;
import io.github.membercardopen.cli.state.Admission;
import io.github.membercardopen.cli.state.Admission.Decision;
import io.github.membercardopen.cli.state.ImportStateStore;
import io.github.membercardopen.cli.state.MemberStatus;
import io.github.membercardopen.cli.state.NewMember;
import io.github.membercardopen.cli.state.OutRequestNumbers;
import io.github.membercardopen.cli.state.StoreIdentity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One file holding every kind of bad record a CRM export has produced, made at test time: each bad record
 * becomes a problem naming its line, field and reason, the file's fatal fault names the file and line, and
 * the state file written from what was read opens again afterwards.
 */
class HostileMemberCsvTest {

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("\\d{11}");
    private static final OutRequestNumbers KEYS = new OutRequestNumbers(new byte[32]);

    @TempDir
    Path dir;

    private Path file;
    private StoreIdentity identity;

    @BeforeEach
    void writeHostileFile() throws IOException {
        file = dir.resolve("hostile.csv");
        identity = new StoreIdentity("1900000109", "pY7h", file, "https://sandbox.test/", "fp");
        HostileCsv csv = new HostileCsv();
        csv.utf8("phone,code,out_request_no,note\n");
        csv.utf8("13800138000,c1,req-1,ok\n");                                 // 2
        csv.utf8("12345,c2,,too few digits\n");                                // 3 phone
        csv.utf8("13800138000,c3,,same phone as line 2\n");                    // 4 duplicate phone
        csv.utf8("13900139000,c4,req-1,same out_request_no as line 2\n");      // 5 duplicate out_request_no
        csv.utf8("138\u000000138000,c5,,NUL in the phone\n");                  // 6 phone
        csv.utf8("13700137000," + "x".repeat(33) + ",,code too long\n");       // 7 code
        csv.utf8("13600136000,c7," + "r".repeat(33) + ",too long\n");          // 8 out_request_no
        csv.utf8("13500135000,c8,bad.char,outside the charset\n");             // 9 out_request_no
        csv.utf8("13400134000,c9,,\"embedded\nnewline\"\n");                   // 10-11
        csv.utf8("1380013800O,c10,,letter O for zero\n");                      // 12 phone
        csv.utf8(",c11,,no phone\n");                                          // 13 phone
        csv.utf8("13300133000\n");                                             // 14 short record
        csv.utf8("13200132000,,," + "p".repeat(70_000) + "\n");                // 15 pushes past the sniffed prefix
        csv.bytes("13100131000,会员,,GBK row in a UTF-8 file\n", Charset.forName("GBK")); // 16 code
        csv.utf8("13000130000,c13,,\"a quote left open\nto the end\n");        // 17: fatal
        Files.write(file, csv.out.toByteArray());
    }

    @Test
    void everyBadRecordIsAProblemNamingLineFieldAndReasonAndTheOpenQuoteNamesFileAndLine() throws IOException {
        List<RowResult> results = new ArrayList<>();
        try (MemberCsvReader reader = MemberCsvReader.open(file, null)) {
            InputFileException fatal = assertThrows(InputFileException.class, () -> reader.forEach(results::add));
            assertTrue(fatal.getMessage().startsWith(file + ": line 17"), fatal.getMessage());
        }

        List<String> problems = new ArrayList<>();
        for (RowResult result : results) {
            if (result instanceof RowProblem problem) {
                problems.add(problem.line() + " " + problem.field());
                assertFalse(problem.reason().isBlank());
                assertFalse(ELEVEN_DIGITS.matcher(problem.reason()).find(), "phone in " + problem.reason());
            }
        }
        assertEquals(List.of("3 phone", "6 phone", "7 code", "8 out_request_no", "9 out_request_no", "12 phone",
                "13 phone", "16 code"), problems);
        assertEquals(List.of(2L, 4L, 5L, 10L, 14L, 15L), members(results).stream().map(NewMember::line).toList());
    }

    @Test
    void stateWrittenFromTheHostileFileReopensWithItsDuplicatesAndPendingMembers() throws IOException {
        List<RowResult> results = new ArrayList<>();
        try (MemberCsvReader reader = MemberCsvReader.open(file, null)) {
            assertThrows(InputFileException.class, () -> reader.forEach(results::add));
        }
        Path stateFile = ImportStateStore.defaultFileFor(file);
        try (ImportStateStore store = ImportStateStore.open(stateFile, identity)) {
            List<Decision> decisions = store.admit(members(results)).stream().map(Admission::decision).toList();
            assertEquals(List.of(Decision.SEND, Decision.DUPLICATE_PHONE, Decision.DUPLICATE_OUT_REQUEST_NO,
                    Decision.SEND, Decision.SEND, Decision.SEND), decisions);
        }

        try (ImportStateStore reopened = ImportStateStore.openExisting(stateFile)) {
            assertEquals(identity.cardId(), reopened.identity().cardId());
            assertEquals(Map.of(MemberStatus.PENDING, 4L), withoutZeros(reopened.countsByStatus()));
        }
        try (ImportStateStore resumed = ImportStateStore.open(stateFile, identity)) {
            assertEquals(Decision.SEND, resumed.admit(members(results)).get(0).decision());
        }
    }

    /** The valid rows as the importer hands them to the store. */
    private List<NewMember> members(List<RowResult> results) {
        List<NewMember> members = new ArrayList<>();
        for (RowResult result : results) {
            if (result instanceof MemberRow row) {
                String key = KEYS.derive(identity.merchantId(), identity.cardId(), row.phone());
                members.add(new NewMember(key, row.line(), Masking.phone(row.phone()), row.code(),
                        row.outRequestNo() == null ? key : row.outRequestNo()));
            }
        }
        return members;
    }

    private static Map<MemberStatus, Long> withoutZeros(Map<MemberStatus, Long> counts) {
        counts.values().removeIf(count -> count == 0);
        return counts;
    }

    private static final class HostileCsv {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void utf8(String text) {
            bytes(text, StandardCharsets.UTF_8);
        }

        void bytes(String text, Charset charset) {
            out.writeBytes(text.getBytes(charset));
        }
    }
}
