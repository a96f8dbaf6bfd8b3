package io.jenkins.plugins.hss.core.model;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration as users write it in a shell or a form: {@code 500ms}, {@code 90s}, {@code 30m},
 * {@code 1h}, or ISO-8601 ({@code PT30M}).
 */
public final class DurationValue {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    private DurationValue() {
    }

    /** The duration {@code text} writes, empty when it is neither form. */
    public static Optional<Duration> parse(String text) {
        String value = text.strip();
        Matcher shortForm = SHORT.matcher(value.toLowerCase(Locale.ROOT));
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            return Optional.of(switch (shortForm.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            });
        }
        try {
            return Optional.of(Duration.parse(value));
        } catch (DateTimeParseException notIso) {
            return Optional.empty();
        }
    }
}
