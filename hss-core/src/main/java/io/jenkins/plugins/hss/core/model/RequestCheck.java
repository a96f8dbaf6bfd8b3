package io.jenkins.plugins.hss.core.model;

import io.jenkins.plugins.hss.core.EngineMessages;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks the fields of one request of the newer image API against the bounds its docs and the SDK
 * 3.1.212 models state, and collects every problem, each naming the field and the fix, so that a
 * request HSS would refuse (or, worse, answer with an empty list) is never sent.
 */
public final class RequestCheck {

    private final String call;
    private final Problems problems = new Problems();

    /** @param call the API's name for messages, e.g. {@code ListRegistryImages} */
    public RequestCheck(String call) {
        this.call = call;
    }

    /** A blank text is no value: HSS reads an empty parameter as an absent one. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public RequestCheck required(String field, Object value) {
        if (value == null) {
            problems.add(field, "request.required", call);
        }
        return this;
    }

    /** At most {@code max} characters. */
    public RequestCheck length(String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(field, "request.too_long", call, value.length(), max);
        }
        return this;
    }

    /** From {@code min} to {@code max}, both included. */
    public RequestCheck range(String field, Number value, long min, long max) {
        if (value != null && (value.longValue() < min || value.longValue() > max)) {
            problems.add(field, "request.out_of_range", call, value, min, max);
        }
        return this;
    }

    /** One of the values this call documents for the field (a shared enumeration may have more). */
    public <T extends WireValue> RequestCheck oneOf(String field, T value, Collection<T> taken) {
        if (value != null && !taken.contains(value)) {
            problems.add(field, "request.not_taken", call, value.wireName(),
                    taken.stream().map(WireValue::wireName).sorted().collect(Collectors.joining(", ")));
        }
        return this;
    }

    /** A time range whose start is not after its end, neither before 1970. */
    public RequestCheck range(String startField, Long start, String endField, Long end) {
        problems.addAll(new TimeRange(start, end).problems(startField, endField));
        return this;
    }

    /**
     * A field HSS ignores in this request, for the reason the text {@code reasonKey} gives: sent, it
     * would not do what its sender meant.
     */
    public RequestCheck ignored(String field, Object value, String reasonKey) {
        if (value != null) {
            problems.add(field, "request.ignored", call, EngineMessages.format(reasonKey));
        }
        return this;
    }

    /** A problem of its own, text {@code key} with the field as argument 0. */
    public RequestCheck problem(String field, String key, Object... arguments) {
        problems.add(field, key, arguments);
        return this;
    }

    public RequestCheck addAll(List<SettingsProblem> more) {
        problems.addAll(more);
        return this;
    }

    public List<SettingsProblem> problems() {
        return problems.list();
    }

    /** @throws InvalidSettingsException listing every problem found, if there is one */
    public void orThrow() {
        List<SettingsProblem> found = problems.list();
        if (!found.isEmpty()) {
            throw new InvalidSettingsException(found);
        }
    }
}
