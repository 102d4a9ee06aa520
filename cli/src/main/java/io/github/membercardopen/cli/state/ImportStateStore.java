package io.github.membercardopen.cli.state;

import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The import's memory between runs: one row per member with its status, never a plaintext phone. The CSV
 * stays the data source; every run streams it again and asks {@link #admit} what to do with each batch of
 * rows. Rows are written when admitted (before anything is sent); outcomes are written behind, in
 * transactions of up to {@code batchSize} or every {@code flushInterval}. A crash loses at most the
 * outcomes not yet flushed, and those members simply stay {@link MemberStatus#PENDING} and are resent with
 * the same out_request_no, which WeChat Pay treats idempotently. Thread-safe; one connection, one writer.
 */
public final class ImportStateStore implements Closeable {

    public static final int DEFAULT_BATCH_SIZE = 500;
    public static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofMillis(200);
    /** Keeps each IN (...) list far below SQLite's bound-parameter limit. */
    private static final int LOOKUP_CHUNK = 500;
    private static final int MAX_ERROR_MESSAGE_CHARS = 1000;

    private final Path file;
    private final StoreIdentity identity;
    private final Connection connection;
    private final Clock clock;
    private final int batchSize;
    private final List<Outcome> unflushed = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final ScheduledExecutorService flusher;
    private RuntimeException backgroundFailure;
    private long run;
    private boolean closed;

    private ImportStateStore(Path file, StoreIdentity identity, Connection connection, Clock clock,
            Duration flushInterval, int batchSize) {
        this.file = file;
        this.identity = identity;
        this.connection = connection;
        this.clock = clock;
        this.batchSize = batchSize;
        if (flushInterval.isZero()) {
            this.flusher = null;
        } else {
            this.flusher = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "state-flusher");
                thread.setDaemon(true);
                return thread;
            });
            long millis = flushInterval.toMillis();
            flusher.scheduleWithFixedDelay(this::flushInBackground, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    /** {@code <input>.state.db}, beside the input. */
    public static Path defaultFileFor(Path input) {
        return input.resolveSibling(input.getFileName() + ".state.db");
    }

    /** Opens or creates the state file for an import, with the default batching. */
    public static ImportStateStore open(Path file, StoreIdentity identity) {
        return open(file, identity, Clock.systemUTC(), DEFAULT_FLUSH_INTERVAL, DEFAULT_BATCH_SIZE);
    }

    /**
     * @param flushInterval how often unflushed outcomes are written; zero means only by size and {@link #flush}
     * @throws StateFileMismatchException if the file belongs to another merchant or card, or is not a state file
     */
    public static ImportStateStore open(Path file, StoreIdentity identity, Clock clock, Duration flushInterval,
            int batchSize) {
        Connection connection = StateSchema.open(file);
        try {
            StateMeta.bind(connection, file, identity, clock.instant());
            forgetRejectedRows(connection);
            return new ImportStateStore(file, identity, connection, clock, flushInterval, batchSize);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw failure("cannot open", file, e);
        }
    }

    /**
     * Rejected rows are found again by reading the CSV, so each import run starts without them: a row fixed
     * or removed since the last run must not stay in the report.
     */
    private static void forgetRejectedRows(Connection connection) throws SQLException {
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM rejected_row");
        }
        connection.commit();
    }

    /**
     * Makes permanently failed members pending again, for a run after the cause was fixed (a permission
     * granted, say); they are resent with their stored out_request_no.
     *
     * @return how many members were reset
     */
    public synchronized int retryFailed() {
        ensureOpen();
        try (Statement update = connection.createStatement()) {
            int reset = update.executeUpdate("UPDATE member SET status = 'PENDING' WHERE status = 'FAILED'");
            connection.commit();
            return reset;
        } catch (SQLException e) {
            rollbackQuietly();
            throw failure("cannot reset failed members in", file, e);
        }
    }

    /** Opens an existing state file for the {@code status} and {@code report} subcommands. */
    public static ImportStateStore openExisting(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StateFileMismatchException("no state file at " + file);
        }
        Connection connection = StateSchema.open(file);
        try {
            StoreIdentity identity = StateMeta.identity(connection, file);
            return new ImportStateStore(file, identity, connection, Clock.systemUTC(), Duration.ZERO,
                    DEFAULT_BATCH_SIZE);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw failure("cannot open", file, e);
        }
    }

    public StoreIdentity identity() {
        return identity;
    }

    /**
     * Decides, for each row of one CSV batch, whether to send it, skip it as done on an earlier run, or
     * report it as a duplicate; new members are recorded as pending before this returns.
     *
     * @return one admission per row, in order
     */
    public synchronized List<Admission> admit(List<NewMember> rows) {
        ensureOpen();
        try {
            if (run == 0) {
                run = StateMeta.startRun(connection);
            }
            Map<String, KnownMember> known = selectKnown(rows);
            Map<String, Long> takenOutRequestNos = selectOutRequestNoLines(rows, known);
            List<Admission> admissions = new ArrayList<>(rows.size());
            List<Long> seenRowIds = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO member (member_key, card_id,"
                    + " line, seen_run, masked_phone, given_code, out_request_no, status, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)");
                    PreparedStatement markMoved = connection.prepareStatement(
                            "UPDATE member SET seen_run = ?, line = ? WHERE rowid = ?")) {
                for (NewMember row : rows) {
                    KnownMember member = known.get(row.memberKey());
                    if (member == null) {
                        admissions.add(admitNew(row, known, takenOutRequestNos, insert));
                    } else if (member.seenRun() == run) {
                        admissions.add(Admission.duplicate(Admission.Decision.DUPLICATE_PHONE, member.line()));
                    } else {
                        if (member.line() == row.line()) {
                            seenRowIds.add(member.rowId());
                        } else { // the CSV was edited since the earlier run: follow the row to its new line
                            markMoved.setLong(1, run);
                            markMoved.setLong(2, row.line());
                            markMoved.setLong(3, member.rowId());
                            markMoved.addBatch();
                        }
                        known.put(row.memberKey(), member.seenAt(row.line(), run));
                        admissions.add(admitKnown(member));
                    }
                }
                insert.executeBatch();
                markMoved.executeBatch();
            }
            markSeen(seenRowIds);
            connection.commit();
            return admissions;
        } catch (SQLException e) {
            rollbackQuietly();
            throw failure("cannot record rows in", file, e);
        }
    }

    private static Admission admitKnown(KnownMember member) {
        return switch (member.status()) {
            case IMPORTED -> Admission.skip(Admission.Decision.ALREADY_IMPORTED);
            case FAILED -> Admission.skip(Admission.Decision.ALREADY_FAILED);
            case PENDING -> Admission.send(member.outRequestNo(), member.givenCode());
        };
    }

    private Admission admitNew(NewMember row, Map<String, KnownMember> known, Map<String, Long> takenOutRequestNos,
            PreparedStatement insert) throws SQLException {
        Long owner = takenOutRequestNos.get(row.outRequestNo());
        if (owner != null) {
            return Admission.duplicate(Admission.Decision.DUPLICATE_OUT_REQUEST_NO, owner);
        }
        insert.setString(1, row.memberKey());
        insert.setString(2, identity.cardId());
        insert.setLong(3, row.line());
        insert.setLong(4, run);
        insert.setString(5, row.maskedPhone());
        insert.setString(6, row.givenCode());
        insert.setString(7, row.outRequestNo());
        insert.setLong(8, clock.millis());
        insert.addBatch();
        // no row id before the insert runs; a repeat of this row in the same batch is a duplicate and needs none
        known.put(row.memberKey(), new KnownMember(0, row.line(), run, MemberStatus.PENDING, row.outRequestNo(),
                row.givenCode()));
        takenOutRequestNos.put(row.outRequestNo(), row.line());
        return Admission.send(row.outRequestNo(), row.givenCode());
    }

    /**
     * Marks members from an earlier run as seen in this one, so a later repeat of their phone is a duplicate.
     * One statement per chunk, in row-id order: one write per row is what a resume costs, so keep it cheap.
     */
    private void markSeen(List<Long> rowIds) throws SQLException {
        for (int from = 0; from < rowIds.size(); from += LOOKUP_CHUNK) {
            List<Long> chunk = rowIds.subList(from, Math.min(rowIds.size(), from + LOOKUP_CHUNK));
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE member SET seen_run = ? WHERE rowid IN (" + placeholders(chunk.size()) + ")")) {
                update.setLong(1, run);
                for (int i = 0; i < chunk.size(); i++) {
                    update.setLong(i + 2, chunk.get(i));
                }
                update.executeUpdate();
            }
        }
    }

    /** WeChat Pay imported the member and returned its card {@code code}. */
    public void recordImported(String memberKey, String wechatCode) {
        record(new Outcome(memberKey, MemberStatus.IMPORTED, wechatCode, null, null, clock.millis()));
    }

    /** WeChat Pay refused the member for good; it will not be retried. */
    public void recordPermanentFailure(String memberKey, String errorCode, String errorMessage) {
        record(new Outcome(memberKey, MemberStatus.FAILED, null, errorCode, errorMessage, clock.millis()));
    }

    /** An attempt failed in a way a resend may fix; the member stays pending. */
    public void recordRetryableFailure(String memberKey, String errorCode, String errorMessage) {
        record(new Outcome(memberKey, MemberStatus.PENDING, null, errorCode, errorMessage, clock.millis()));
    }

    private synchronized void record(Outcome outcome) {
        ensureOpen();
        unflushed.add(outcome);
        if (unflushed.size() >= batchSize) {
            flush();
        }
    }

    /**
     * A row that will not be imported: invalid input ({@code INVALID_ROW}) or a repeat of an earlier row
     * ({@code DUPLICATE_PHONE}, {@code DUPLICATE_OUT_REQUEST_NO}). Written with the next flush; a re-run
     * overwrites the same line.
     */
    public synchronized void recordRejectedRow(long line, String code, String message) {
        ensureOpen();
        rejected.add(new RejectedRow(line, code, truncate(message)));
        if (rejected.size() >= batchSize) {
            flush();
        }
    }

    /** Writes every recorded outcome in one transaction. */
    public synchronized void flush() {
        ensureOpen();
        if (unflushed.isEmpty() && rejected.isEmpty()) {
            return;
        }
        try (PreparedStatement reject = connection.prepareStatement(
                "INSERT OR REPLACE INTO rejected_row (line, code, message) VALUES (?, ?, ?)");
                PreparedStatement update = connection.prepareStatement("UPDATE member SET status = ?,"
                + " attempts = attempts + 1, wechat_code = COALESCE(?, wechat_code), error_code = ?,"
                + " error_message = ?, updated_at = ? WHERE member_key = ?")) {
            for (Outcome outcome : unflushed) {
                update.setString(1, outcome.status().name());
                update.setString(2, outcome.wechatCode());
                update.setString(3, outcome.errorCode());
                update.setString(4, truncate(outcome.errorMessage()));
                update.setLong(5, outcome.updatedAt());
                update.setString(6, outcome.memberKey());
                update.addBatch();
            }
            update.executeBatch();
            for (RejectedRow row : rejected) {
                reject.setLong(1, row.line());
                reject.setString(2, row.code());
                reject.setString(3, row.message());
                reject.addBatch();
            }
            reject.executeBatch();
            connection.commit();
            unflushed.clear();
            rejected.clear();
        } catch (SQLException e) {
            rollbackQuietly();
            throw failure("cannot write outcomes to", file, e);
        }
    }

    private synchronized void flushInBackground() {
        if (closed || backgroundFailure != null) {
            return;
        }
        try {
            flush();
        } catch (RuntimeException e) {
            backgroundFailure = e; // surfaced to the importer on its next call
        }
    }

    /** Number of members in each status; every status is present. */
    public synchronized Map<MemberStatus, Long> countsByStatus() {
        Map<MemberStatus, Long> counts = new EnumMap<>(MemberStatus.class);
        for (MemberStatus status : MemberStatus.values()) {
            counts.put(status, 0L);
        }
        query("SELECT status, COUNT(*) FROM member GROUP BY status",
                rows -> counts.put(MemberStatus.valueOf(rows.getString(1)), rows.getLong(2)));
        return counts;
    }

    /** Permanently failed members per WeChat Pay error code, most frequent first. */
    public synchronized Map<String, Long> failuresByErrorCode() {
        Map<String, Long> counts = new LinkedHashMap<>();
        query("SELECT COALESCE(error_code, ''), COUNT(*) FROM member WHERE status = 'FAILED'"
                + " GROUP BY 1 ORDER BY 2 DESC, 1", rows -> counts.put(rows.getString(1), rows.getLong(2)));
        return counts;
    }

    /** Rejected rows per code ({@code INVALID_ROW}, {@code DUPLICATE_PHONE}, ...). */
    public synchronized Map<String, Long> rejectedRowsByCode() {
        Map<String, Long> counts = new LinkedHashMap<>();
        query("SELECT code, COUNT(*) FROM rejected_row GROUP BY 1 ORDER BY 2 DESC, 1",
                rows -> counts.put(rows.getString(1), rows.getLong(2)));
        return counts;
    }

    /** Visits every permanently failed member and every rejected row, in CSV line order. */
    public synchronized void forEachFailure(Consumer<FailedMember> visitor) {
        query("SELECT line, masked_phone, given_code, error_code, error_message FROM member WHERE status = 'FAILED'"
                + " UNION ALL SELECT line, '', NULL, code, message FROM rejected_row ORDER BY 1", rows -> visitor.accept(new FailedMember(
                        rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5))));
    }

    /** Flushes outstanding outcomes and closes the file. */
    @Override
    public void close() {
        if (flusher != null) {
            flusher.shutdown();
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            try {
                flush();
            } finally {
                closed = true;
                closeQuietly(connection);
            }
        }
    }

    private Map<String, KnownMember> selectKnown(List<NewMember> rows) throws SQLException {
        Map<String, KnownMember> known = new HashMap<>();
        selectIn("SELECT member_key, rowid, line, seen_run, status, out_request_no, given_code FROM member"
                + " WHERE member_key", rows.stream().map(NewMember::memberKey).toList(), result -> known.put(
                        result.getString(1), new KnownMember(result.getLong(2), result.getLong(3), result.getLong(4),
                                MemberStatus.valueOf(result.getString(5)), result.getString(6), result.getString(7))));
        return known;
    }

    /** Only rows new to the store can collide with another member's out_request_no. */
    private Map<String, Long> selectOutRequestNoLines(List<NewMember> rows, Map<String, KnownMember> known)
            throws SQLException {
        Map<String, Long> lines = new HashMap<>();
        List<String> candidates = rows.stream().filter(row -> !known.containsKey(row.memberKey()))
                .map(NewMember::outRequestNo).toList();
        selectIn("SELECT out_request_no, line FROM member WHERE out_request_no", candidates,
                result -> lines.put(result.getString(1), result.getLong(2)));
        return lines;
    }

    private void selectIn(String selectWhere, List<String> values, RowVisitor visitor) throws SQLException {
        for (int from = 0; from < values.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = values.subList(from, Math.min(values.size(), from + LOOKUP_CHUNK));
            try (PreparedStatement select = connection.prepareStatement(
                    selectWhere + " IN (" + placeholders(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        visitor.visit(result);
                    }
                }
            }
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private void query(String sql, RowVisitor visitor) {
        flush();
        try (PreparedStatement select = connection.prepareStatement(sql);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                visitor.visit(rows);
            }
            connection.commit(); // ends the read transaction so the WAL can be checkpointed
        } catch (SQLException e) {
            rollbackQuietly();
            throw failure("cannot read", file, e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("state store " + file + " is closed");
        }
        if (backgroundFailure != null) {
            throw backgroundFailure;
        }
    }

    private static RuntimeException failure(String action, Path file, Exception cause) {
        if (cause instanceof StateFileMismatchException || cause instanceof StateStoreException) {
            return (RuntimeException) cause;
        }
        return new StateStoreException(action + " state file " + file + ": " + cause.getMessage(), cause);
    }

    private static String truncate(String message) {
        return message == null || message.length() <= MAX_ERROR_MESSAGE_CHARS ? message
                : message.substring(0, MAX_ERROR_MESSAGE_CHARS);
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to save
        }
    }

    private record RejectedRow(long line, String code, String message) {
    }

    private record KnownMember(long rowId, long line, long seenRun, MemberStatus status, String outRequestNo,
            String givenCode) {

        KnownMember seenAt(long newLine, long currentRun) {
            return new KnownMember(rowId, newLine, currentRun, status, outRequestNo, givenCode);
        }
    }

    private record Outcome(String memberKey, MemberStatus status, String wechatCode, String errorCode,
            String errorMessage, long updatedAt) {
    }

    @FunctionalInterface
    private interface RowVisitor {
        void visit(ResultSet row) throws SQLException;
    }
}
