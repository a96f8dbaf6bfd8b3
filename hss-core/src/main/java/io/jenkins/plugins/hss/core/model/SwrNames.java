package io.jenkins.plugins.hss.core.model;

import java.util.regex.Pattern;

/**
 * SWR's naming rules for the three parts of an image reference. HSS passes these names to SWR, so a
 * name SWR cannot hold can only fail later and less clearly.
 *
 * <ul>
 * <li>Organization (namespace): 1-64 characters, starts with a lowercase letter, ends with a letter
 * or digit, lowercase letters, digits and single {@code .}, single or double {@code _}, or runs of
 * {@code -} between them (SWR's CreateNamespace rule).</li>
 * <li>Image name: 1-128 characters, one or more {@code /}-separated path components, each made of
 * lowercase letters and digits joined by the same separators (the Docker distribution rule SWR
 * applies to repositories).</li>
 * <li>Tag: 1-128 characters, letters, digits, {@code _ . -}, not starting with {@code .} or
 * {@code -} (the Docker tag rule).</li>
 * </ul>
 */
public final class SwrNames {

    private static final String COMPONENT = "[a-z0-9]+(?:(?:\\.|_{1,2}|-+)[a-z0-9]+)*";
    private static final Pattern NAMESPACE = Pattern.compile("[a-z](?:[a-z0-9]*(?:(?:\\.|_{1,2}|-+)[a-z0-9]+)*)?");
    private static final Pattern IMAGE_NAME = Pattern.compile(COMPONENT + "(?:/" + COMPONENT + ")*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

    private SwrNames() {
    }

    public static boolean isNamespace(String value) {
        return value != null && value.length() <= 64 && NAMESPACE.matcher(value).matches();
    }

    public static boolean isImageName(String value) {
        return value != null && value.length() <= 128 && IMAGE_NAME.matcher(value).matches();
    }

    public static boolean isTag(String value) {
        return value != null && TAG.matcher(value).matches();
    }
}
