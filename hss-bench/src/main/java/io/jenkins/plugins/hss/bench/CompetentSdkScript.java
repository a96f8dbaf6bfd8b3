package io.jenkins.plugins.hss.bench;

import com.huaweicloud.sdk.hss.v5.model.BatchScanPrivateImageRequestInfo;
import com.huaweicloud.sdk.hss.v5.model.BatchScanSwrImageInfo;
import com.huaweicloud.sdk.hss.v5.model.ListSwrImageRepositoryRequest;
import com.huaweicloud.sdk.hss.v5.model.ListSwrImageRepositoryResponse;
import com.huaweicloud.sdk.hss.v5.model.PrivateImageRepositoryInfo;
import io.jenkins.plugins.hss.simulator.ImageRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a competent user writes with the official SDK instead of our plugin (issue 14's baseline):
 * trigger the batch scan (the image list, or {@code operate_all} as our engine does for a whole
 * project, counting the selection first), then every {@link #ROUND} list the images whose scan
 * ended since the previous round began ({@code start_latest_scan_time}), in pages of
 * {@value #PAGE}, never more than 5 list calls a minute, until every target was seen finished with
 * a scan time after the trigger.
 *
 * <p>The stale result: HSS shows an image's previous status and scan time for a while after the
 * trigger. The script notes the instant before it triggers and takes a row as this run's result
 * only if its scan time is later; so it lists nothing before the trigger (but the count of an
 * {@code operate_all} selection). That trusts the CI machine's clock to agree with the service's
 * within the shortest scan, which NTP gives; our engine reads the service's clock from its
 * responses instead and survives a controller minutes off, which the benchmark does not charge.
 * A 429 (another client of the same user spent the budget) waits a minute, the limit's window,
 * and repeats the call, which the refusal left undone. No timeout: it waits as long as it takes.
 */
final class CompetentSdkScript extends BuildScript {

    static final Duration ROUND = Duration.ofSeconds(30);
    static final int PAGE = 200;
    private static final int CALLS_PER_WINDOW = 5;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final SdkSession sdk;
    /** Empty: every private image, through {@code operate_all}. */
    private final Set<String> targets = new HashSet<>();
    private final List<BatchScanSwrImageInfo> imageList;
    private final Deque<Instant> recentListCalls = new ArrayDeque<>();

    private CompetentSdkScript(SdkSession sdk, List<ImageRef> images) {
        this.sdk = sdk;
        images.forEach(ref -> targets.add(ref.toString()));
        this.imageList = SdkSession.imageInfo(images);
    }

    static CompetentSdkScript imageList(SdkSession sdk, List<ImageRef> images) {
        return new CompetentSdkScript(sdk, images);
    }

    static CompetentSdkScript everyPrivateImage(SdkSession sdk) {
        return new CompetentSdkScript(sdk, List.of());
    }

    @Override
    public void run(ScriptClock time) {
        started(time.now());
        boolean operateAll = targets.isEmpty();
        int expected = operateAll ? list(time, new ListSwrImageRepositoryRequest().withLimit(10)).getTotalNum()
                : targets.size();
        Instant triggeredAt = time.now();
        triggered(triggeredAt);
        retried(time, () -> {
            sdk.batchScan(new BatchScanPrivateImageRequestInfo().withOperateAll(operateAll)
                    .withImageInfoList(operateAll ? null : imageList));
            return null;
        });
        Set<String> done = new HashSet<>();
        Instant round = triggeredAt;
        Instant since = triggeredAt;
        while (done.size() < expected) {
            round = later(round.plus(ROUND), time.now());
            time.sleepUntil(round);
            int total = Integer.MAX_VALUE;
            for (int offset = 0; offset < total; offset += PAGE) {
                ListSwrImageRepositoryResponse page = list(time, new ListSwrImageRepositoryRequest()
                        .withStartLatestScanTime(since.toEpochMilli()).withOffset(offset).withLimit(PAGE));
                total = page.getTotalNum();
                for (PrivateImageRepositoryInfo row : page.getDataList()) {
                    String key = SdkSession.key(row);
                    if ((operateAll || targets.contains(key)) && SdkSession.finishedAfter(row, triggeredAt)) {
                        done.add(key);
                    }
                }
            }
            // A scan that ended while this round was listing is in the next round's range.
            since = round;
        }
        decided(time.now());
    }

    /** One list call, within 5 a minute of this script's own. */
    private ListSwrImageRepositoryResponse list(ScriptClock time, ListSwrImageRepositoryRequest request) {
        return retried(time, () -> {
            if (recentListCalls.size() == CALLS_PER_WINDOW) {
                time.sleepUntil(recentListCalls.removeFirst().plus(WINDOW));
            }
            recentListCalls.addLast(time.now());
            return sdk.list(request);
        });
    }

    private static <T> T retried(ScriptClock time, Supplier<T> call) {
        while (true) {
            try {
                return call.get();
            } catch (SdkSession.Throttled e) {
                time.sleep(WINDOW);
            }
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
