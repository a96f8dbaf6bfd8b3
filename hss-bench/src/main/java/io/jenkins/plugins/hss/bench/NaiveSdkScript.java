package io.jenkins.plugins.hss.bench;

import com.huaweicloud.sdk.hss.v5.model.BatchScanPrivateImageRequestInfo;
import com.huaweicloud.sdk.hss.v5.model.ListSwrImageRepositoryRequest;
import io.jenkins.plugins.hss.simulator.ImageRef;
import io.jenkins.plugins.hss.simulator.TriggeredScan;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The per-image way, a strawman kept for reference (the competent script is {@link CompetentSdkScript}):
 * trigger the batch scan, then every {@link #INTERVAL} ask for each image that is not done yet with
 * its own list request filtered by namespace, name and tag (limit 10), until every image is terminal
 * with a scan time after the trigger. A 429 is not an error to such a script: the call is made again
 * at the next interval.
 */
final class NaiveSdkScript extends BuildScript {

    static final Duration INTERVAL = Duration.ofSeconds(30);

    /** What the script's rule makes of scans triggered at once, when nothing refuses its calls. */
    record Rule(long listCalls, Instant verdictAt) {
    }

    private final SdkSession sdk;
    private final List<ImageRef> images;

    NaiveSdkScript(SdkSession sdk, List<ImageRef> images) {
        this.sdk = sdk;
        this.images = List.copyOf(images);
    }

    @Override
    public void run(ScriptClock time) {
        started(time.now());
        while (!trigger(time.now())) {
            time.sleep(INTERVAL);
        }
        Set<ImageRef> pending = new LinkedHashSet<>(images);
        while (!pending.isEmpty()) {
            time.sleep(INTERVAL);
            pending.removeIf(this::scanned);
        }
        decided(time.now());
    }

    /**
     * The script's rule when it triggered {@code scans} at {@code triggeredAt}: round k (every
     * {@link #INTERVAL}) asks for each image whose scan had not ended by the round before, so an
     * image ending d after the trigger costs ⌈d / interval⌉ calls, and the verdict comes at the
     * first round after the last end.
     */
    static Rule byRule(List<TriggeredScan> scans, Instant triggeredAt) {
        long interval = INTERVAL.toMillis();
        long calls = 0;
        long rounds = 0;
        for (TriggeredScan scan : scans) {
            long own = (Duration.between(triggeredAt, scan.completedAt()).toMillis() + interval - 1) / interval;
            calls += own;
            rounds = Math.max(rounds, own);
        }
        return new Rule(calls, triggeredAt.plus(INTERVAL.multipliedBy(rounds)));
    }

    private boolean trigger(Instant now) {
        try {
            sdk.batchScan(new BatchScanPrivateImageRequestInfo().withOperateAll(false)
                    .withImageInfoList(SdkSession.imageInfo(images)));
            triggered(now);
            return true;
        } catch (SdkSession.Throttled e) {
            return false;
        }
    }

    private boolean scanned(ImageRef ref) {
        try {
            return sdk.list(new ListSwrImageRepositoryRequest().withNamespace(ref.namespace())
                            .withImageName(ref.name()).withImageVersion(ref.tag()).withLimit(10))
                    .getDataList().stream()
                    .anyMatch(row -> SdkSession.key(row).equals(ref.toString())
                            && SdkSession.finishedAfter(row, triggeredAt()));
        } catch (SdkSession.Throttled e) {
            return false;
        }
    }
}
