package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.budget.RateLimit;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --rate-limit} in the engine's text form, {@code 5/60s}. */
final class RateLimitText implements ITypeConverter<RateLimit> {

    @Override
    public RateLimit convert(String text) {
        try {
            return RateLimit.parse(text);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + text + "' is not a rate limit: write CALLS/WINDOW, e.g. 5/60s or 4/1m");
        }
    }
}
