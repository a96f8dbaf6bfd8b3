package io.jenkins.plugins.hss.core.model;

import java.util.List;

/**
 * A filter range of epoch milliseconds; either end may be open (null).
 *
 * @param start the earliest time, inclusive
 * @param end   the latest time, inclusive
 */
public record TimeRange(Long start, Long end) {

    public static final TimeRange OPEN = new TimeRange(null, null);

    public boolean isOpen() {
        return start == null && end == null;
    }

    public TimeRange withStart(Long value) {
        return new TimeRange(value, end);
    }

    public TimeRange withEnd(Long value) {
        return new TimeRange(start, value);
    }

    /** A problem on {@code startField} when the range starts after it ends. */
    public List<SettingsProblem> problems(String startField, String endField) {
        Problems problems = new Problems();
        if (start != null && end != null && start > end) {
            problems.add(startField, "time.order", endField, start, end);
        }
        if (start != null && start < 0) {
            problems.add(startField, "time.negative", start);
        }
        if (end != null && end < 0) {
            problems.add(endField, "time.negative", end);
        }
        return problems.list();
    }
}
