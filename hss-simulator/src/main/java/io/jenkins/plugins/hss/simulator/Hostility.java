package io.jenkins.plugins.hss.simulator;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A hostile service, one answer at a time: each value installs the faults that make the simulator
 * answer as an HSS that no one here wrote might, so that a client shows it fails closed on such
 * answers (never passes a build it cannot prove, never waits past its deadline). From Java
 * ({@code hss.faults().hostile(Hostility.NEGATIVE_COUNTS)}), standalone ({@code --hostile NAME},
 * {@code POST /_sim/faults?hostile=NAME}) and in {@code hss-scan --demo --demo-hostile NAME}.
 */
public enum Hostility {

    /** The vulnerability list answers 500 to every call. */
    VULNERABILITIES_FAIL("vulnerabilities-fail", "the vulnerability list answers 500 to every call",
            plan -> plan.always(Endpoint.LIST_IMAGE_VULNERABILITIES, Fault.status(500))),
    /** The vulnerability list answers 429 to every call: a fetch is still waiting for its turn at the deadline. */
    VULNERABILITIES_THROTTLED("vulnerabilities-throttled", "the vulnerability list answers 429 to every call",
            plan -> plan.always(Endpoint.LIST_IMAGE_VULNERABILITIES, Fault.throttle(Duration.ofSeconds(10)))),
    /** The vulnerability list holds no rows, whatever {@code vul_num} says. */
    VULNERABILITIES_MISSING("vulnerabilities-missing", "the vulnerability list holds no rows, whatever vul_num says",
            plan -> plan.always(Endpoint.LIST_IMAGE_VULNERABILITIES, Fault.noRows())),
    /** The image list's rows have no {@code vul_num}. */
    VUL_NUM_MISSING("vul-num-missing", "the image list's rows have no vul_num",
            plan -> plan.always(Endpoint.LIST_SWR_IMAGES, Fault.removeFromRows("vul_num"))),
    /** The image list's rows have {@code vul_num} -5 and {@code malicious_file_num} -1. */
    NEGATIVE_COUNTS("negative-counts", "the image list's rows have vul_num -5 and malicious_file_num -1",
            plan -> plan.always(Endpoint.LIST_SWR_IMAGES, Fault.setInRows(Map.of("vul_num", -5, "malicious_file_num", -1)))),
    /** Every vulnerability has a {@code repair_necessity} no version of the API documents. */
    UNKNOWN_REPAIR_NECESSITY("unknown-repair-necessity", "every vulnerability's repair_necessity is \"emergency_repair\"",
            plan -> plan.always(Endpoint.LIST_IMAGE_VULNERABILITIES,
                    Fault.setInRows(Map.of("repair_necessity", "emergency_repair")))),
    /** Every image is listed twice, first as {@code failed}, then as it is. */
    DUPLICATE_ROWS("duplicate-rows", "every image is listed twice: first with scan_status failed, then as it is",
            plan -> plan.always(Endpoint.LIST_SWR_IMAGES, Fault.duplicateRows("scan_status", "failed", true))),
    /** Every image is listed twice, first as it is, then as {@code failed}. */
    DUPLICATE_ROWS_REVERSED("duplicate-rows-reversed", "every image is listed twice: first as it is, then with scan_status failed",
            plan -> plan.always(Endpoint.LIST_SWR_IMAGES, Fault.duplicateRows("scan_status", "failed", false))),
    /** The image list's {@code data_list} is an object. */
    DATA_LIST_NOT_ARRAY("data-list-object", "the image list's data_list is a JSON object, not an array",
            plan -> plan.always(Endpoint.LIST_SWR_IMAGES, Fault.dataListNotArray())),
    /** The image list says 2147483647 images and shows the first page at every offset. */
    ENDLESS_PAGES("endless-pages", "the image list says total_num 2147483647 and shows its first page at every offset",
            plan -> plan.always(Endpoint.LIST_SWR_IMAGES, Fault.endlessPages())),
    /** The first batch scan is executed, then answered 500. */
    TRIGGER_LOST("trigger-lost", "the first batch scan is executed, then answered 500",
            plan -> plan.next(Endpoint.BATCH_SCAN, Fault.servedThenError(500))),
    /** The first batch scan is executed, then its connection is closed without an answer. */
    TRIGGER_DROPPED("trigger-dropped", "the first batch scan is executed, then its connection is dropped",
            plan -> plan.next(Endpoint.BATCH_SCAN, Fault.servedThenDropped())),
    /** The first image listing's answer is cut off in the middle of its body. */
    LISTING_CUT("listing-cut", "the first image listing's answer is cut off in the middle of its body",
            plan -> plan.next(Endpoint.LIST_SWR_IMAGES, Fault.cutMidBody())),
    /**
     * The vulnerability list answers 500 with an {@code error_msg} that echoes the request's
     * headers: a run reports the last error when the deadline ends its retries.
     */
    ECHOED_SECRETS("echoed-secrets", "the vulnerability list answers 500 with an error_msg that echoes the request's headers",
            plan -> plan.always(Endpoint.LIST_IMAGE_VULNERABILITIES, Fault.echoRequest(500))),
    /** A finished scan shows a {@code scan_status} no version of the API documents. */
    UNKNOWN_STATUS("unknown-status", "a successful scan shows scan_status \"quarantined\"",
            plan -> plan.always(Endpoint.LIST_SWR_IMAGES, Fault.replaceInRows("scan_status", "success", "quarantined"))),
    /** The cross-image vulnerability list (CVEs, CVSS) answers 500 to every call. */
    CVES_FAIL("cves-fail", "the cross-image vulnerability list (CVEs, CVSS scores) answers 500 to every call",
            plan -> plan.always(Endpoint.LIST_GENERAL_IMAGE_VULNERABILITIES, Fault.status(500))),
    /** The cross-image vulnerability list holds no rows: no image's vulnerabilities are scored. */
    CVES_MISSING("cves-missing", "the cross-image vulnerability list holds no rows",
            plan -> plan.always(Endpoint.LIST_GENERAL_IMAGE_VULNERABILITIES, Fault.noRows())),
    /** Every row of the cross-image vulnerability list has {@code max_cvss_score} 12.5, outside 0 to 10. */
    CVSS_OUT_OF_RANGE("cvss-out-of-range", "every cross-image vulnerability row has max_cvss_score 12.5",
            plan -> plan.always(Endpoint.LIST_GENERAL_IMAGE_VULNERABILITIES, Fault.setInRows(Map.of("max_cvss_score", 12.5)))),
    /** Every row of the cross-image vulnerability list comes twice, the first copy without CVEs. */
    CVES_TWICE("cves-twice", "every cross-image vulnerability row comes twice, the first copy with an empty cve_list",
            plan -> plan.always(Endpoint.LIST_GENERAL_IMAGE_VULNERABILITIES,
                    Fault.duplicateRows("cve_list", java.util.List.of(), true))),
    /** The image list's rows have no {@code scan_status}. */
    STATUS_MISSING("status-missing", "the image list's rows have no scan_status",
            plan -> plan.always(Endpoint.LIST_SWR_IMAGES, Fault.removeFromRows("scan_status")));

    private final String key;
    private final String description;
    private final Consumer<FaultPlan> faults;

    Hostility(String key, String description, Consumer<FaultPlan> faults) {
        this.key = key;
        this.description = description;
        this.faults = faults;
    }

    /** The name on command lines and the admin endpoint, e.g. {@code negative-counts}. */
    public String key() {
        return key;
    }

    /** What the simulator then answers, in one line. */
    public String description() {
        return description;
    }

    void install(FaultPlan plan) {
        faults.accept(plan);
    }

    public static Optional<Hostility> fromKey(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(h -> h.key.equals(wanted)).findFirst();
    }

    /** Every key, for usage texts and errors. */
    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(Hostility::key).toList());
    }
}
