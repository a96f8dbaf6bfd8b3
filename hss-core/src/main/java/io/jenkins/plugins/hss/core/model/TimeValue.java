package io.jenkins.plugins.hss.core.model;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads a point in time as users write it: epoch milliseconds ({@code 1718000000000}) or an ISO-8601
 * instant ({@code 2024-06-10T06:13:20Z}). HSS takes epoch milliseconds.
 */
public final class TimeValue {

    private TimeValue() {
    }

    /**
     * The epoch milliseconds of {@code text}, null for null or blank text.
     *
     * @throws IllegalArgumentException when the text is neither form
     */
    public static Long parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException tooLong) {
                throw new IllegalArgumentException(value, tooLong);
            }
        }
        try {
            return Instant.parse(value).toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException notAnInstant) {
            throw new IllegalArgumentException(value, notAnInstant);
        }
    }
}
