package io.jenkins.plugins.hss.core.model;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * A kind of risk a scan task looks for: one nibble group of the {@code scan_scope} bitmask of
 * CreateManualImageScanTask (and of the task rows), as Huawei's docs list them.
 */
public enum ScanScope {
    VULNERABILITIES(0x000f0000),
    BASELINE(0x0000f000),
    MALWARE(0x00000f00),
    SENSITIVE_INFORMATION(0x000000f0),
    COMPLIANCE(0x0000000f);

    /**
     * Every kind, including any HSS adds later: {@code 0x7fffffff}, as the docs write it. (The SDK's
     * "maximum 2147483547" is 100 below it, a generator's artefact; the docs win.)
     */
    public static final int ALL = 0x7fffffff;

    private final int mask;

    ScanScope(int mask) {
        this.mask = mask;
    }

    public int mask() {
        return mask;
    }

    /** The bitmask of {@code scopes}: 0 for none. */
    public static int mask(Collection<ScanScope> scopes) {
        int mask = 0;
        for (ScanScope scope : scopes) {
            mask |= scope.mask;
        }
        return mask;
    }

    /** The kinds a {@code scan_scope} asks for: all of them for {@link #ALL}. */
    public static Set<ScanScope> of(int mask) {
        Set<ScanScope> scopes = EnumSet.noneOf(ScanScope.class);
        for (ScanScope scope : values()) {
            if ((mask & scope.mask) == scope.mask) {
                scopes.add(scope);
            }
        }
        return scopes;
    }

    /** Whether {@code mask} is {@link #ALL} or a non-empty sum of the documented kinds, whole nibbles only. */
    public static boolean isValid(int mask) {
        return mask == ALL || mask != 0 && mask == mask(of(mask));
    }
}
