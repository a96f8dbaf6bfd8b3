package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.model.DurationValue;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the HTTP timeouts, which are the client's and not scan settings, as the engine reads the
 * wait's durations ({@link DurationValue}): {@code 90s}, {@code 30m}, {@code 1h}, or {@code PT30M}.
 * Zero is refused as well as a negative duration: to the HTTP client it means no timeout at all.
 */
final class DurationText implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String text) {
        Duration duration = DurationValue.parse(text).orElseThrow(() -> new TypeConversionException(
                "'" + text + "' is not a duration: write e.g. 90s, 30m, 1h or PT30M"));
        if (duration.isNegative() || duration.isZero()) {
            throw new TypeConversionException("'" + text + "' must be longer than zero (zero would mean no timeout at all): "
                    + "write e.g. 10s");
        }
        return duration;
    }
}
