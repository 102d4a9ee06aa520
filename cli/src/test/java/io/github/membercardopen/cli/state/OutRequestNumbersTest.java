package io.github.membercardopen.cli.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OutRequestNumbersTest {

    private static final byte[] SECRET = "merchant-private-derived-secret".getBytes(StandardCharsets.UTF_8);
    private final OutRequestNumbers numbers = new OutRequestNumbers(SECRET);

    @Test
    void givesTheSameValueForTheSameMemberEveryTime() {
        assertEquals(numbers.derive("1900000109", "pY7h", "13800138000"),
                new OutRequestNumbers(SECRET.clone()).derive("1900000109", "pY7h", "13800138000"));
    }

    @Test
    void differsPerMerchantCardPhoneAndSecret() {
        String base = numbers.derive("1900000109", "pY7h", "13800138000");
        assertNotEquals(base, numbers.derive("1900000110", "pY7h", "13800138000"));
        assertNotEquals(base, numbers.derive("1900000109", "pY7i", "13800138000"));
        assertNotEquals(base, numbers.derive("1900000109", "pY7h", "13800138001"));
        byte[] otherSecret = SECRET.clone();
        otherSecret[0] ^= 1;
        assertNotEquals(base, new OutRequestNumbers(otherSecret).derive("1900000109", "pY7h", "13800138000"));
    }

    @Test
    void isThirtyTwoCharactersTheApiAccepts() {
        String value = numbers.derive("1900000109", "pY7h", "13800138000");
        assertEquals(32, value.length());
        assertTrue(value.matches("[0-9A-Za-z]{32}"));
        assertFalse(value.contains("13800138000"));
    }

    @Test
    void doesNotDependOnTheCallerKeepingTheSecretArrayUnchanged() {
        byte[] secret = SECRET.clone();
        OutRequestNumbers own = new OutRequestNumbers(secret);
        String before = own.derive("m", "c", "13800138000");
        Arrays.fill(secret, (byte) 0);
        assertEquals(before, own.derive("m", "c", "13800138000"));
    }

    @Test
    void refusesAShortSecret() {
        assertThrows(IllegalArgumentException.class, () -> new OutRequestNumbers(new byte[15]));
    }
}
