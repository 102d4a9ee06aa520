package io.github.membercardopen.spec;

import io.github.membercardopen.error.InvalidFieldException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FieldRulesTest {
    @Test
    void namesTheFieldAndNeverEchoesTheValue() {
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> FieldRules.pattern("out_request_no", "secret value!", "^[A-Za-z0-9|_*-]+$"));
        assertEquals("out_request_no", e.getField());
        assertFalse(e.getMessage().contains("secret value"));
    }

    @Test
    void checksEachKeyword() {
        assertThrows(InvalidFieldException.class, () -> FieldRules.required("f", null));
        assertThrows(InvalidFieldException.class, () -> FieldRules.maxLength("f", "abc", 2));
        assertThrows(InvalidFieldException.class, () -> FieldRules.minLength("f", "", 1));
        assertThrows(InvalidFieldException.class, () -> FieldRules.maxItems("f", Arrays.asList(1, 2), 1));
        assertDoesNotThrow(() -> FieldRules.maxLength("f", null, 2));
        assertDoesNotThrow(() -> FieldRules.pattern("f", "A|b_c*d-9", "^[A-Za-z0-9|_*-]+$"));
    }

    @Test
    void nestedModelErrorsCarryThePath() {
        Validatable inner = () -> {
            throw new InvalidFieldException("card_id", "is required");
        };
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> FieldRules.nestedEach("items", Arrays.asList(inner)));
        assertEquals("items[0].card_id", e.getField());
    }

    @Test
    void masksPhonesAsThreeStarsFour() {
        assertEquals("138****8000", Masking.phone("13800138000"));
        assertEquals("****", Masking.phone("1380"));
        assertEquals("1**********0", Masking.phone("138001380000"));
        assertNull(Masking.phone(null));
    }
}
