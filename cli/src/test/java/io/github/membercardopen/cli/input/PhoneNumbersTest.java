package io.github.membercardopen.cli.input;

import io.github.membercardopen.spec.Masking;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "138 0013 8000", "138-0013-8000", "(138)00138000", "+8613800138000",
            "008613800138000", "8613800138000", "+86 138-0013-8000", "\u00a013800138000\u3000"})
    void normalisesDecoratedAndPrefixedNumbersToElevenDigits(String raw) {
        assertEquals("13800138000", PhoneNumbers.normalise(raw));
    }

    @Test
    void keepsEightySixWhenStrippingItWouldNotLeaveElevenDigits() {
        assertEquals("86138001380", PhoneNumbers.normalise("86138001380"));
    }

    @Test
    void acceptsEveryMainlandMobilePrefixFromThirteenToNineteen() {
        for (int second = 3; second <= 9; second++) {
            assertTrue(PhoneNumbers.rejectionReason("1" + second + "800138000").isEmpty());
        }
    }

    @Test
    void rejectsWithAReasonThatSaysWhatIsWrong() {
        assertTrue(PhoneNumbers.rejectionReason("12800138000").orElseThrow().contains("13-19"));
        assertTrue(PhoneNumbers.rejectionReason("1380013800").orElseThrow().contains("10 digits"));
        assertTrue(PhoneNumbers.rejectionReason("1380013800x").orElseThrow().contains("other than digits"));
        assertTrue(PhoneNumbers.rejectionReason("").orElseThrow().contains("empty"));
    }

    @Test
    void masksTheMiddleFourDigitsOfAMobileNumber() {
        assertEquals("138****8000", Masking.phone("13800138000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1380", "138001", "861380013800099"})
    void neverReturnsOtherValuesInPlainText(String value) {
        String masked = Masking.phone(value);
        assertEquals(value.length(), masked.length());
        assertFalse(masked.equals(value));
        assertTrue(masked.chars().filter(c -> c != '*').count() <= 2);
    }
}
