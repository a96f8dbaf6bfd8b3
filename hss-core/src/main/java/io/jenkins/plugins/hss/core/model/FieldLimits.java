package io.jenkins.plugins.hss.core.model;

import java.util.regex.Pattern;

/**
 * How long a field the engine sends may be, as the strictest HSS call that will carry it states
 * it: a value that one call takes and the next refuses would trigger a scan the run could not
 * follow. Sources: the ListSwrImageRepository page (hss-api-detail.md §3), SDK 3.1.212
 * {@code ListImageVulnerabilitiesRequest}, the batch-scan page (2024-07), as docs/simulator.md
 * ("Filters") tabulates them.
 */
final class FieldLimits {

    /** A tag: the list's {@code image_version} 1-64 and the vulnerability call's {@code tag_name} 0-64 (SWR allows 128). */
    static final int TAG = 64;
    /** The {@code namespace} filter: the list and batch scan take 1-256. */
    static final int NAMESPACE_FILTER = 256;
    /** The {@code image_name} filter: the list takes 1-128 (batch scan 256). */
    static final int IMAGE_NAME_FILTER = 128;
    /** ListRegistryImages' {@code registry_name} (SDK 3.1.212 ListRegistryImagesRequest). */
    static final int REGISTRY_NAME_FILTER = 128;
    /** The {@code image_version} filter: the list takes 1-64 (batch scan 256). */
    static final int IMAGE_VERSION_FILTER = 64;
    /** {@code enterprise_project_id}: 1-256 in every call. */
    static final int ENTERPRISE_PROJECT_ID = 256;

    /**
     * {@code instance_id}: 0-128 in the vulnerability call; Huawei documents no characters. SWR
     * Enterprise instance ids are UUIDs, so this is our rule: letters, digits and {@code - _ .}.
     */
    private static final Pattern INSTANCE_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");
    /** {@code instance_url}: documented with no length; one token of printable ASCII, as any URL is. */
    private static final Pattern INSTANCE_URL = Pattern.compile("[!-~]+");

    private FieldLimits() {
    }

    static boolean isInstanceId(String value) {
        return INSTANCE_ID.matcher(value).matches();
    }

    static boolean isInstanceUrl(String value) {
        return INSTANCE_URL.matcher(value).matches();
    }
}
