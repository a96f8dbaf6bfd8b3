package io.jenkins.plugins.hss.simulator;

/**
 * How the {@code namespace}, {@code image_name} and {@code image_version} filters match. Huawei
 * documents neither; its list APIs are commonly fuzzy on names, so {@link #FUZZY} is the default:
 * a client must re-check the identity of every row it gets back.
 */
public enum NameMatching {
    /** The filter value occurs anywhere in the field (case-sensitive). */
    FUZZY,
    /** The field equals the filter value. */
    EXACT;

    boolean matches(String field, String filter) {
        return this == EXACT ? field.equals(filter) : field.contains(filter);
    }
}
