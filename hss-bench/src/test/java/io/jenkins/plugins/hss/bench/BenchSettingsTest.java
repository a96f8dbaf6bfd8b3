package io.jenkins.plugins.hss.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.model.WaitOptions;
import io.jenkins.plugins.hss.simulator.HssSimulator;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The settings of a benchmarked build: the default pace untouched, the script's pace as a user would set it. */
class BenchSettingsTest {

    private static final BuildPlan EVERY_IMAGE = BuildPlan.everyPrivateImage(HssSimulator.DEFAULT_PROJECT_ID);

    @Test
    void theDefaultPaceIsTheEnginesDefault() {
        WaitOptions wait = BenchSettings.of(EVERY_IMAGE, null, BenchSettings.Pace.DEFAULT).waitOptions();

        assertThat(wait).isEqualTo(WaitOptions.defaults());
    }

    @Test
    void theScriptsPacePollsEvery30sFromTheFirstPollOnAndNeverBacksOff() {
        WaitOptions wait = BenchSettings.of(EVERY_IMAGE, null, BenchSettings.Pace.SCRIPT).waitOptions();

        assertThat(wait.initialPollInterval()).isEqualTo(Duration.ofSeconds(30)).isEqualTo(CompetentSdkScript.ROUND);
        assertThat(wait.longestPollInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(wait.timeout()).isNull();
    }
}
