package io.github.membercardopen.cli.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.membercardopen.cli.state.Admission.Decision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportStateStoreTest {

    private static final StoreIdentity IDENTITY =
            new StoreIdentity("1900000109", "pY7h", Path.of("members.csv"), "https://sandbox.test/", "fp");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final OutRequestNumbers KEYS = new OutRequestNumbers(new byte[32]);

    @TempDir
    Path dir;

    @Test
    void placesTheDefaultStateFileBesideTheInput() {
        assertEquals(Path.of("/data/members.csv.state.db"),
                ImportStateStore.defaultFileFor(Path.of("/data/members.csv")));
    }

    @Test
    void sendsNewMembersAndRecordsThemPendingBeforeAnythingIsSent() {
        try (ImportStateStore store = open()) {
            List<Admission> admissions = store.admit(List.of(member(2, "13800138000"), member(3, "13900139000")));

            assertEquals(List.of(Admission.send(key("13800138000"), null), Admission.send(key("13900139000"), null)), admissions);
            assertEquals(2L, store.countsByStatus().get(MemberStatus.PENDING));
        }
    }

    @Test
    void reportsARepeatedPhoneAsADuplicateOfItsFirstLineWithinABatchAndAcrossBatches() {
        try (ImportStateStore store = open()) {
            List<Admission> first = store.admit(List.of(member(2, "13800138000"), member(3, "13800138000")));
            List<Admission> second = store.admit(List.of(member(9, "13800138000")));

            assertEquals(Admission.duplicate(Decision.DUPLICATE_PHONE, 2), first.get(1));
            assertEquals(Admission.duplicate(Decision.DUPLICATE_PHONE, 2), second.get(0));
            assertEquals(1L, store.countsByStatus().get(MemberStatus.PENDING));
        }
    }

    @Test
    void reportsTwoPhonesSharingAGivenOutRequestNo() {
        try (ImportStateStore store = open()) {
            List<Admission> admissions = store.admit(List.of(
                    new NewMember(key("13800138000"), 2, "138****8000", null, "same-no"),
                    new NewMember(key("13900139000"), 3, "139****9000", null, "same-no")));

            assertEquals(Admission.duplicate(Decision.DUPLICATE_OUT_REQUEST_NO, 2), admissions.get(1));
        }
    }

    @Test
    void resumesByStatusOnTheNextRunEvenWhenRowsMoved() {
        try (ImportStateStore store = open()) {
            store.admit(List.of(member(2, "13800138000"), member(3, "13900139000"), member(4, "13700137000")));
            store.recordImported(key("13800138000"), "wx-code-1");
            store.recordPermanentFailure(key("13900139000"), "INVALID_PHONE", "bad number");
            store.recordRetryableFailure(key("13700137000"), "SYSTEM_ERROR", "try later");
        }
        try (ImportStateStore store = open()) {
            // the CSV was edited: a row was removed above, so every member moved up one line
            List<Admission> admissions = store.admit(List.of(
                    member(1, "13800138000"), member(2, "13900139000"), member(3, "13700137000")));

            assertEquals(List.of(Admission.skip(Decision.ALREADY_IMPORTED), Admission.skip(Decision.ALREADY_FAILED),
                    Admission.send(key("13700137000"), null)), admissions);
            List<FailedMember> failures = new ArrayList<>();
            store.forEachFailure(failures::add);
            assertEquals(List.of(new FailedMember(2, "139****9000", null, "INVALID_PHONE", "bad number")), failures);
        }
    }

    @Test
    void resendsAPendingMemberWithTheOutRequestNoAndCodeStoredOnTheFirstRun() {
        try (ImportStateStore store = open()) {
            store.admit(List.of(new NewMember(key("13800138000"), 2, "138****8000", "code-1", "from-csv-1")));
        }
        try (ImportStateStore store = open()) {
            List<Admission> admissions = store.admit(List.of(
                    new NewMember(key("13800138000"), 2, "138****8000", "code-edited", "edited-later")));

            assertEquals(List.of(Admission.send("from-csv-1", "code-1")), admissions,
                    "the first run's number and code: WeChat Pay refuses a number whose content changed");
        }
    }

    @Test
    void retryFailedMakesFailedMembersPendingAgainWithTheirNumbers() {
        try (ImportStateStore store = open()) {
            store.admit(List.of(member(2, "13800138000")));
            store.recordPermanentFailure(key("13800138000"), "NO_AUTH", "no permission");
        }
        try (ImportStateStore store = open()) {
            assertEquals(1, store.retryFailed());
            assertEquals(List.of(Admission.send(key("13800138000"), null)), store.admit(List.of(member(2, "13800138000"))));
        }
    }

    @Test
    void eachImportRunStartsWithoutTheRejectedRowsOfTheLast() {
        try (ImportStateStore store = open()) {
            store.recordRejectedRow(7, "INVALID_ROW", "phone: is missing");
        }
        try (ImportStateStore store = open()) {
            assertTrue(store.rejectedRowsByCode().isEmpty(), "a row fixed since must not stay in the report");
        }
    }

    @Test
    void looksUpThousandsOfMembersInOneBatch() {
        List<NewMember> members = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            members.add(member(i + 2, String.valueOf(13_000_000_000L + i)));
        }
        try (ImportStateStore store = open()) {
            store.admit(members);
            members.forEach(m -> store.recordImported(m.memberKey(), "c"));
        }
        try (ImportStateStore store = open()) {
            List<Admission> admissions = store.admit(members);

            assertEquals(2_000, admissions.size());
            assertTrue(admissions.stream().allMatch(a -> a.decision() == Decision.ALREADY_IMPORTED));
        }
    }

    @Test
    void countsStatusesAndFailuresByErrorCode() {
        try (ImportStateStore store = open()) {
            store.admit(List.of(member(2, "13800138000"), member(3, "13900139000"), member(4, "13700137000"),
                    member(5, "13600136000")));
            store.recordImported(key("13800138000"), "c1");
            store.recordPermanentFailure(key("13900139000"), "INVALID_PHONE", "x");
            store.recordPermanentFailure(key("13700137000"), "INVALID_PHONE", "y");

            assertEquals(Map.of(MemberStatus.PENDING, 1L, MemberStatus.IMPORTED, 1L, MemberStatus.FAILED, 2L),
                    store.countsByStatus());
            assertEquals(Map.of("INVALID_PHONE", 2L), store.failuresByErrorCode());
        }
    }

    @Test
    void committedRowsSurviveAProcessThatNeverClosedTheStore() throws SQLException {
        Path file = dir.resolve("state.db");
        ImportStateStore abandoned = ImportStateStore.open(file, IDENTITY, CLOCK, Duration.ZERO, 1_000);
        abandoned.admit(List.of(member(2, "13800138000"), member(3, "13900139000")));
        abandoned.recordImported(key("13800138000"), "flushed");
        abandoned.flush();
        abandoned.recordImported(key("13900139000"), "never flushed");

        // a second connection sees exactly what was committed, as a restarted process would
        try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = reader.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT status, wechat_code FROM member ORDER BY line")) {
            assertTrue(rows.next());
            assertEquals("IMPORTED", rows.getString(1));
            assertEquals("flushed", rows.getString(2));
            assertTrue(rows.next());
            assertEquals("PENDING", rows.getString(1));
            assertFalse(rows.next());
        }
    }

    @Test
    void flushesOutcomesOnceABatchFills() throws SQLException {
        Path file = dir.resolve("state.db");
        ImportStateStore store = ImportStateStore.open(file, IDENTITY, CLOCK, Duration.ZERO, 2);
        store.admit(List.of(member(2, "13800138000"), member(3, "13900139000")));
        store.recordImported(key("13800138000"), "a");
        store.recordImported(key("13900139000"), "b");

        try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = reader.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM member WHERE status = 'IMPORTED'")) {
            assertEquals(2, rows.getInt(1));
        }
        store.close();
    }

    @Test
    void neverStoresAPlaintextPhone() throws IOException {
        Path file = dir.resolve("state.db");
        try (ImportStateStore store = ImportStateStore.open(file, IDENTITY, CLOCK, Duration.ZERO, 10)) {
            store.admit(List.of(member(2, "13800138000")));
            store.recordPermanentFailure(key("13800138000"), "E", "m");
        }
        String bytes = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("13800138000"));
        assertTrue(bytes.contains("138****8000"));
    }

    @Test
    void refusesAStateFileMadeForAnotherCard() {
        open().close();

        String message = refusal(new StoreIdentity("1900000109", "otherCard", Path.of("members.csv"),
                "https://sandbox.test/", "fp"));
        assertTrue(message.contains("pY7h") && message.contains("otherCard"), message);
    }

    @Test
    void refusesToLetASandboxRehearsalPassForTheLiveImport() {
        open().close();

        String message = refusal(new StoreIdentity("1900000109", "pY7h", Path.of("members.csv"),
                "https://api.mch.weixin.qq.com/", "fp"));
        assertTrue(message.contains("https://sandbox.test/") && message.contains("rehearsal"), message);
    }

    @Test
    void refusesAnotherMerchantKeyWhoseOutRequestNumbersWouldDiffer() {
        open().close();

        String message = refusal(new StoreIdentity("1900000109", "pY7h", Path.of("members.csv"),
                "https://sandbox.test/", "rotated"));
        assertTrue(message.contains("another merchant private key"), message);
    }

    private String refusal(StoreIdentity identity) {
        return assertThrows(StateFileMismatchException.class, () -> ImportStateStore.open(dir.resolve("state.db"),
                identity, CLOCK, Duration.ZERO, 10)).getMessage();
    }

    @Test
    void refusesAFileThatIsNotADatabase() throws IOException {
        Path notADatabase = dir.resolve("members.csv");
        Files.writeString(notADatabase, "phone\n13800138000\n".repeat(100));

        assertThrows(StateFileMismatchException.class, () -> ImportStateStore.open(notADatabase, IDENTITY));
    }

    @Test
    void opensAnExistingFileForReportsWithItsRecordedIdentity() {
        open().close();

        try (ImportStateStore store = ImportStateStore.openExisting(dir.resolve("state.db"))) {
            assertEquals("pY7h", store.identity().cardId());
            assertEquals("1900000109", store.identity().merchantId());
        }
        assertThrows(StateFileMismatchException.class, () -> ImportStateStore.openExisting(dir.resolve("none.db")));
    }

    private ImportStateStore open() {
        return ImportStateStore.open(dir.resolve("state.db"), IDENTITY, CLOCK, Duration.ZERO, 100);
    }

    private static NewMember member(long line, String phone) {
        String key = key(phone);
        return new NewMember(key, line, phone.substring(0, 3) + "****" + phone.substring(7), null, key);
    }

    private static String key(String phone) {
        return KEYS.derive(IDENTITY.merchantId(), IDENTITY.cardId(), phone);
    }
}
