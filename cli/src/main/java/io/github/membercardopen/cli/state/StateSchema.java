package io.github.membercardopen.cli.state;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Opens the SQLite state file crash-safe and creates its tables. */
final class StateSchema {

    static final String VERSION = "1";

    private static final String[] DDL = {
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS member ("
                + " member_key TEXT PRIMARY KEY,"
                + " card_id TEXT NOT NULL,"
                + " line INTEGER NOT NULL,"
                + " seen_run INTEGER NOT NULL,"
                + " masked_phone TEXT NOT NULL,"
                + " given_code TEXT,"
                + " out_request_no TEXT NOT NULL UNIQUE,"
                + " status TEXT NOT NULL,"
                + " attempts INTEGER NOT NULL DEFAULT 0,"
                + " wechat_code TEXT,"
                + " error_code TEXT,"
                + " error_message TEXT,"
                + " updated_at INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS member_status_line ON member (status, line)",
        // rows that never became a member: invalid input, or a repeat of an earlier row's phone
        "CREATE TABLE IF NOT EXISTS rejected_row (line INTEGER PRIMARY KEY, code TEXT NOT NULL, message TEXT NOT NULL)",
    };

    private StateSchema() {
    }

    /**
     * WAL with synchronous=NORMAL: a killed process loses at most the transactions not yet committed and
     * never corrupts the file; only a power cut can also drop the last commits.
     */
    static Connection open(Path file) {
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA synchronous=NORMAL");
                statement.execute("PRAGMA busy_timeout=5000");
                // member keys are random, so index pages are touched all over: keep them in memory
                statement.execute("PRAGMA cache_size=-65536");
                for (String ddl : DDL) {
                    statement.execute(ddl);
                }
                connection.setAutoCommit(false);
                return connection;
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StateFileMismatchException(file + " is not a usable state database: " + e.getMessage());
        }
    }
}
