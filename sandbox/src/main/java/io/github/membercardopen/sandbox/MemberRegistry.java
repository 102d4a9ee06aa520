package io.github.membercardopen.sandbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * The sandbox's state: which cards exist with their code mode, and who was imported under which
 * {@code out_request_no}. One lock guards it all: each call is microseconds next to the RSA work around it.
 */
final class MemberRegistry {
    private static final long TWELVE_DIGITS = 1_000_000_000_000L;

    private final Map<String, CodeMode> cards;
    private final Clock clock;
    private final Random codes;
    private final Map<String, Entry> byOutRequestNo = new LinkedHashMap<>();
    private final Map<String, String> outRequestNoByCardAndPhone = new HashMap<>();
    private final Set<String> usedCodes = new HashSet<>();

    MemberRegistry(Map<String, CodeMode> cards, Clock clock, long seed) {
        this.cards = new LinkedHashMap<>(cards);
        this.clock = clock;
        this.codes = new Random(seed);
    }

    /** What was asked, to tell a replay from a different request under the same {@code out_request_no}. */
    private static final class Entry {
        final String requestedCode;
        ImportedMember member;

        Entry(String requestedCode, ImportedMember member) {
            this.requestedCode = requestedCode;
            this.member = member;
        }
    }

    synchronized void addCard(String cardId, CodeMode mode) {
        cards.put(cardId, mode);
    }

    synchronized boolean hasCard(String cardId) {
        return cards.containsKey(cardId);
    }

    synchronized Map<String, CodeMode> cards() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(cards));
    }

    /**
     * Imports a member or replays an earlier answer; returns the code. {@code cardId} must exist.
     * A phone already in the card under another {@code out_request_no} is rejected with {@code 用户已有会员卡}.
     */
    synchronized String importMember(String cardId, String phone, String requestedCode, String outRequestNo) {
        Entry existing = byOutRequestNo.get(outRequestNo);
        if (existing != null) {
            ImportedMember member = existing.member;
            if (!member.cardId().equals(cardId) || !member.phoneNumber().equals(phone)
                    || !Objects.equals(existing.requestedCode, requestedCode)) {
                throw ApiError.invalidRequest("商户请求单号out_request_no已被使用，但请求参数与原请求不一致 "
                        + "(out_request_no " + outRequestNo + " was used before with a different card, phone or code)");
            }
            existing.member = member.answeredAgain();
            return member.code();
        }
        CodeMode mode = cards.get(cardId);
        if (mode == CodeMode.REAL_TIME && requestedCode == null) {
            throw ApiError.paramError("/code", "body", "is required: card " + cardId + " uses code mode REAL_TIME");
        }
        if (outRequestNoByCardAndPhone.containsKey(cardId + '\n' + phone)) {
            throw ApiError.invalidRequest("用户已有会员卡 (this phone was imported into card " + cardId
                    + " under another out_request_no)");
        }
        String code = mode == CodeMode.SYSTEM_ALLOCATE || requestedCode == null ? allocateCode(cardId) : requestedCode;
        if (!usedCodes.add(cardId + '\n' + code)) {
            throw ApiError.invalidRequest("会员卡code已被使用 (code " + code + " already belongs to another member of card "
                    + cardId + ")");
        }
        outRequestNoByCardAndPhone.put(cardId + '\n' + phone, outRequestNo);
        byOutRequestNo.put(outRequestNo, new Entry(requestedCode,
                new ImportedMember(cardId, phone, code, outRequestNo, clock.instant(), 1)));
        return code;
    }

    private String allocateCode(String cardId) {
        String code;
        do {
            long value = Math.floorMod(codes.nextLong(), TWELVE_DIGITS - TWELVE_DIGITS / 10) + TWELVE_DIGITS / 10;
            code = Long.toString(value);
        } while (usedCodes.contains(cardId + '\n' + code));
        return code;
    }

    synchronized List<ImportedMember> members() {
        List<ImportedMember> members = new ArrayList<>();
        for (Entry entry : byOutRequestNo.values()) {
            members.add(entry.member);
        }
        return Collections.unmodifiableList(members);
    }

    synchronized void clear() {
        byOutRequestNo.clear();
        outRequestNoByCardAndPhone.clear();
        usedCodes.clear();
    }
}
