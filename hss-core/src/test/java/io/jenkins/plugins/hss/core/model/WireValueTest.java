package io.jenkins.plugins.hss.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.jenkins.plugins.hss.core.HssJson;
import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The newer API's enumerations as the SDK 3.1.212 models spell them, both ways. */
class WireValueTest {

    @Test
    void eachEnumerationIsSpelledAsTheModelsDocumentIt() {
        assertThat(Arrays.stream(RegistryType.values()).map(WireValue::wireName))
                .containsExactly("SwrPrivate", "SwrShared", "SwrEnterprise", "Harbor", "Jfrog", "Other");
        assertThat(Arrays.stream(TaskType.values()).map(WireValue::wireName))
                .containsExactly("cycle", "manual", "autoSync", "manualSync");
        assertThat(Arrays.stream(SeverityLevel.values()).map(WireValue::wireName))
                .containsExactly("Critical", "High", "Medium", "Low", "Security");
        assertThat(Arrays.stream(RegistryImageType.values()).map(WireValue::wireName))
                .containsExactly("private_image", "shared_image", "instance_image", "harbor", "jfrog");
    }

    @Test
    void aKnownValueReadsBackAndAnUnknownOneIsNone() throws JsonProcessingException {
        assertThat(WireValue.fromWire(RegistryType.class, "SwrEnterprise")).contains(RegistryType.SWR_ENTERPRISE);
        assertThat(WireValue.fromWire(RegistryType.class, "Quay")).isEmpty();
        assertThat(WireValue.fromWire(RegistryType.class, null)).isEmpty();
        assertThat(HssJson.mapper().writeValueAsString(TaskType.MANUAL_SYNC)).isEqualTo("\"manualSync\"");
    }

    @Test
    void aTaskStatusIsDoneRunningOneOfThreeEndsOrUnknown() {
        assertThat(TaskState.of(100)).isEqualTo(TaskState.DONE);
        assertThat(TaskState.of(0)).isEqualTo(TaskState.RUNNING);
        assertThat(TaskState.of(99)).isEqualTo(TaskState.RUNNING);
        assertThat(TaskState.of(-1)).isEqualTo(TaskState.STOPPED);
        assertThat(TaskState.of(-2)).isEqualTo(TaskState.TIMED_OUT);
        assertThat(TaskState.of(-3)).isEqualTo(TaskState.ERROR);
        assertThat(EnumSet.of(TaskState.of(101), TaskState.of(-4), TaskState.of(null))).containsExactly(TaskState.UNKNOWN);
        assertThat(TaskState.UNKNOWN.hasEnded()).as("never taken for an end").isFalse();
        assertThat(TaskState.RUNNING.hasEnded()).isFalse();
        assertThat(TaskState.TIMED_OUT.hasEnded()).isTrue();
    }

    @Test
    void aScanScopeIsTheSumOfItsKindsAndReadsBack() {
        assertThat(ScanScope.mask(EnumSet.of(ScanScope.BASELINE, ScanScope.COMPLIANCE))).isEqualTo(0x0000f00f);
        assertThat(ScanScope.of(ScanScope.ALL)).containsExactly(ScanScope.values());
        assertThat(ScanScope.of(0x00000f00)).containsExactly(ScanScope.MALWARE);
        assertThat(ScanScope.isValid(0)).isFalse();
    }
}
