package io.github.membercardopen.sandbox;

import io.github.membercardopen.spec.Masking;

import java.time.Instant;

/**
 * A member the sandbox imported, with how many {@code 200} answers its {@code out_request_no} got: 1 for
 * the import itself plus one per idempotent replay. A snapshot; {@code toString()} masks the phone.
 */
public final class ImportedMember {
    private final String cardId;
    private final String phoneNumber;
    private final String code;
    private final String outRequestNo;
    private final Instant importedAt;
    private final int answers;

    ImportedMember(String cardId, String phoneNumber, String code, String outRequestNo, Instant importedAt,
                   int answers) {
        this.cardId = cardId;
        this.phoneNumber = phoneNumber;
        this.code = code;
        this.outRequestNo = outRequestNo;
        this.importedAt = importedAt;
        this.answers = answers;
    }

    ImportedMember answeredAgain() {
        return new ImportedMember(cardId, phoneNumber, code, outRequestNo, importedAt, answers + 1);
    }

    public String cardId() {
        return cardId;
    }

    /** The decrypted phone number, in plain text: mask it before logging ({@code Masking.phone}). */
    public String phoneNumber() {
        return phoneNumber;
    }

    /** The member's card code, as answered. */
    public String code() {
        return code;
    }

    public String outRequestNo() {
        return outRequestNo;
    }

    public Instant importedAt() {
        return importedAt;
    }

    /** How many requests with this {@code out_request_no} were answered {@code 200}: the import plus replays. */
    public int answers() {
        return answers;
    }

    @Override
    public String toString() {
        return "ImportedMember{cardId=" + cardId + ", phone=" + Masking.phone(phoneNumber) + ", code=" + code
                + ", outRequestNo=" + outRequestNo + ", answers=" + answers + "}";
    }
}
