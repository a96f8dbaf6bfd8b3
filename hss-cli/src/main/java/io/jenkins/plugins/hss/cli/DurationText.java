package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.model.DurationValue;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the HTTP timeouts, which are the client's and not scan settings, as the engine reads the
 * wait's durations ({@link DurationValue}): {@code 90s}, {@code 30m}, {@code 1h}, or {@code PT30M}.
 */
final class DurationText implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String text) {
        return DurationValue.parse(text).orElseThrow(() -> new TypeConversionException(
                "'" + text + "' is not a duration: write e.g. 90s, 30m, 1h or PT30M"));
    }
}
