package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.gate.CveExposure;
import io.jenkins.plugins.hss.core.model.GeneralImageVulnerability;
import io.jenkins.plugins.hss.core.model.GeneralImageVulnerability.Cve;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the rows of ListGeneralImageVuls score an image's vulnerabilities, and which rows prove nothing. */
class CveIndexTest {

    private static GeneralImageVulnerability row(String vulId, Double max, Cve... cves) {
        return new GeneralImageVulnerability(vulId, vulId, "linux_vul", "registry", null, "High", 1, Arrays.asList(cves),
                max, 1L, null, null, null, 0);
    }

    private static CveExposure exposure(List<GeneralImageVulnerability> rows, String... vulIds) {
        return CveIndex.of(rows).exposure(List.of(vulIds), 7.0, Set.of("CVE-2020-0002"));
    }

    @Test
    void theWorstScoreAndTheCvesAboveTheLimitOrDeniedAreMatched() {
        CveExposure cves = exposure(List.of(row("V1", 9.8, new Cve("CVE-2020-0001", 9.8), new Cve("CVE-2020-0002", 5.0)),
                row("V2", 4.0, new Cve("CVE-2020-0003", 4.0)), row("V3", 8.1)), "V1", "V2", "V3");

        assertThat(cves).isEqualTo(new CveExposure(9.8, Map.of("CVE-2020-0001", 9.8, "CVE-2020-0002", 5.0, "V3", 8.1),
                List.of(), null));
    }

    @Test
    void aVulnerabilityWithoutAnyScoreIsUnscored() {
        assertThat(exposure(List.of(row("V1", null)), "V1").unscored()).containsExactly("V1");
    }

    @Test
    void anIdNoRowHasLeavesTheImageUnknown() {
        assertThat(exposure(List.of(row("V1", 1.0, new Cve("CVE-2020-0001", 1.0))), "V1", "V9").unknown())
                .contains("does not list 1 of the image's vulnerabilities (V9)");
    }

    @Test
    void malformedRowsLeaveOnlyTheImagesWithThoseIdsUnknown() {
        List<GeneralImageVulnerability> rows = List.of(
                row("NOSCORE", null, new Cve("CVE-2020-0001", null)),
                row("HIGH", 12.0, new Cve("CVE-2020-0002", 12.0)),
                row("DISAGREE", 9.0, new Cve("CVE-2020-0003", 5.0)),
                row("TWICE", 5.0, new Cve("CVE-2020-0004", 5.0)),
                row("TWICE", 5.0, new Cve("CVE-2020-0005", 5.0)),
                row("FINE", 5.0, new Cve("CVE-2020-0006", 5.0)),
                row("FINE", 5.0, new Cve("CVE-2020-0006", 5.0)));

        assertThat(exposure(rows, "NOSCORE").unknown()).contains("vul_id NOSCORE: CVE-2020-0001 has no cvss");
        assertThat(exposure(rows, "HIGH").unknown()).contains("CVE-2020-0002 has cvss 12", "outside 0 to 10");
        assertThat(exposure(rows, "DISAGREE").unknown()).contains("max_cvss_score 9", "highest cvss is 5");
        assertThat(exposure(rows, "TWICE").unknown()).contains("vul_id TWICE is listed twice with different CVEs");
        assertThat(exposure(rows, "FINE").known()).as("the same row twice (two types, two statuses) is one").isTrue();
    }
}
