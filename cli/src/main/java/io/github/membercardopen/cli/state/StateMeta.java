package io.github.membercardopen.cli.state;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The {@code meta} table: which merchant, card and input a state file belongs to, and the run counter. */
final class StateMeta {

    private static final String MERCHANT_ID = "merchant_id";
    private static final String CARD_ID = "card_id";
    private static final String INPUT_PATH = "input_path";
    private static final String CREATED_AT = "created_at";
    private static final String SCHEMA_VERSION = "schema_version";
    private static final String LAST_RUN = "last_run";
    private static final String ENDPOINT = "endpoint";
    private static final String KEY_FINGERPRINT = "key_fingerprint";

    private StateMeta() {
    }

    /** Claims a fresh file for {@code identity}, or checks that an existing one belongs to it. */
    static void bind(Connection connection, Path file, StoreIdentity identity, Instant now) throws SQLException {
        Map<String, String> meta = read(connection);
        if (meta.isEmpty()) {
            put(connection, MERCHANT_ID, identity.merchantId());
            put(connection, CARD_ID, identity.cardId());
            put(connection, INPUT_PATH, identity.input().toAbsolutePath().toString());
            put(connection, ENDPOINT, identity.endpoint());
            put(connection, KEY_FINGERPRINT, identity.keyFingerprint());
            put(connection, CREATED_AT, now.toString());
            put(connection, SCHEMA_VERSION, StateSchema.VERSION);
            put(connection, LAST_RUN, "0");
            connection.commit();
            return;
        }
        if (!identity.merchantId().equals(meta.get(MERCHANT_ID)) || !identity.cardId().equals(meta.get(CARD_ID))) {
            throw new StateFileMismatchException(file + " holds the import of card " + meta.get(CARD_ID)
                    + " for merchant " + meta.get(MERCHANT_ID) + " (from " + meta.get(INPUT_PATH) + ", created "
                    + meta.get(CREATED_AT) + "), not card " + identity.cardId() + " for merchant "
                    + identity.merchantId() + "; choose another state file with --state");
        }
        if (!identity.endpoint().equals(meta.get(ENDPOINT))) {
            throw new StateFileMismatchException(file + " records imports made through " + meta.get(ENDPOINT)
                    + ", not " + identity.endpoint() + ": a rehearsal must never pass for the real import; choose "
                    + "another state file with --state");
        }
        if (!identity.keyFingerprint().equals(meta.get(KEY_FINGERPRINT))) {
            throw new StateFileMismatchException(file + " derived its out_request_nos from another merchant private key"
                    + " (fingerprint " + meta.get(KEY_FINGERPRINT) + ", now " + identity.keyFingerprint() + "): with a"
                    + " new key every member would get a new out_request_no and be sent again. Finish the import with the"
                    + " key it started with; members already imported are refused by WeChat Pay if sent again anyway");
        }
    }

    /** The identity recorded in an existing file, for the read-only subcommands. */
    static StoreIdentity identity(Connection connection, Path file) throws SQLException {
        Map<String, String> meta = read(connection);
        if (meta.get(MERCHANT_ID) == null || meta.get(CARD_ID) == null) {
            throw new StateFileMismatchException(file + " is not an import state file (no merchant and card recorded)");
        }
        return new StoreIdentity(meta.get(MERCHANT_ID), meta.get(CARD_ID), Path.of(meta.get(INPUT_PATH)),
                meta.get(ENDPOINT), meta.get(KEY_FINGERPRINT));
    }

    /** Numbers each pass over the CSV, so a repeated phone can be told apart from a row that moved. */
    static long startRun(Connection connection) throws SQLException {
        long run = Long.parseLong(read(connection).getOrDefault(LAST_RUN, "0")) + 1;
        put(connection, LAST_RUN, Long.toString(run));
        connection.commit();
        return run;
    }

    private static Map<String, String> read(Connection connection) throws SQLException {
        Map<String, String> meta = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT key, value FROM meta");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                meta.put(rows.getString(1), rows.getString(2));
            }
        }
        return meta;
    }

    private static void put(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
        }
    }
}
