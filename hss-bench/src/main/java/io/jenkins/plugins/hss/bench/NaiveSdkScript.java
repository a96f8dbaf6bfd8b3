package io.jenkins.plugins.hss.bench;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.core.invoker.SyncInvoker;
import com.huaweicloud.sdk.hss.v5.HssClient;
import com.huaweicloud.sdk.hss.v5.model.BatchScanPrivateImageRequestInfo;
import com.huaweicloud.sdk.hss.v5.model.BatchScanSwrImageInfo;
import com.huaweicloud.sdk.hss.v5.model.BatchScanSwrImageRequest;
import com.huaweicloud.sdk.hss.v5.model.ListSwrImageRepositoryRequest;
import com.huaweicloud.sdk.hss.v5.model.PrivateImageRepositoryInfo;
import io.jenkins.plugins.hss.simulator.ImageRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The naive way, as a CI script with the official SDK (3.1.130) does it for one build: trigger
 * the batch scan, then every {@link #INTERVAL} ask for each image that is not done yet with its
 * own list request filtered by namespace, name and tag, until every image is terminal with a scan
 * time after the trigger. A 429 is not an error to such a script: the call is made again at the
 * next interval.
 *
 * <p>The script's clock is the benchmark's simulated one: each call is signed with that time
 * (the SDK takes a given {@code X-Sdk-Date} instead of reading the system clock), so that the
 * simulator's 15-minute signature window follows simulated time.
 */
final class NaiveSdkScript {

    static final Duration INTERVAL = Duration.ofSeconds(30);

    private static final Set<String> TERMINAL = Set.of("success", "failed", "download_failed", "image_oversized");
    private static final DateTimeFormatter SDK_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int TOO_MANY_REQUESTS = 429;

    private final HssClient sdk;
    private final Clock clock;
    private final List<ImageRef> images;
    private final Set<ImageRef> pending;
    private Instant triggeredAt;
    private Instant finishedAt;

    NaiveSdkScript(SimulatedHss hss, List<ImageRef> images) {
        this.sdk = HssClient.newBuilder()
                .withCredential(new BasicCredentials().withAk(SimulatedHss.ACCESS_KEY)
                        .withSk(SimulatedHss.SECRET_KEY).withProjectId(hss.projectId()))
                .withEndpoints(List.of(hss.baseUrl()))
                .build();
        this.clock = hss.clock();
        this.images = List.copyOf(images);
        this.pending = new LinkedHashSet<>(images);
    }

    /** One pass at the current instant: the trigger until it is accepted, then one list call per pending image. */
    void round() {
        if (triggeredAt == null) {
            trigger();
            return;
        }
        pending.removeIf(this::scanned);
        if (pending.isEmpty()) {
            finishedAt = clock.instant();
        }
    }

    boolean finished() {
        return finishedAt != null;
    }

    /** The instant the script saw its last image done; null while it is still waiting. */
    Instant finishedAt() {
        return finishedAt;
    }

    private void trigger() {
        List<BatchScanSwrImageInfo> list = images.stream().map(ref -> new BatchScanSwrImageInfo()
                .withNamespace(ref.namespace()).withImageName(ref.name()).withImageVersion(ref.tag())).toList();
        BatchScanSwrImageRequest request = new BatchScanSwrImageRequest().withRegion(SimulatedHss.REGION)
                .withBody(new BatchScanPrivateImageRequestInfo().withImageType("private_image")
                        .withOperateAll(false).withImageInfoList(list));
        Instant at = clock.instant();
        if (accepted(sdk.batchScanSwrImageInvoker(request))) {
            triggeredAt = at;
        }
    }

    private boolean scanned(ImageRef ref) {
        ListSwrImageRepositoryRequest request = new ListSwrImageRepositoryRequest().withRegion(SimulatedHss.REGION)
                .withImageType("private_image").withNamespace(ref.namespace()).withImageName(ref.name())
                .withImageVersion(ref.tag()).withLimit(10);
        var invoker = sdk.listSwrImageRepositoryInvoker(request);
        try {
            List<PrivateImageRepositoryInfo> found = signed(invoker).invoke().getDataList();
            return found.stream().anyMatch(image -> image.getImageName().equals(ref.name())
                    && image.getImageVersion().equals(ref.tag()) && TERMINAL.contains(image.getScanStatus())
                    && image.getLatestScanTime() > triggeredAt.toEpochMilli());
        } catch (ServiceResponseException e) {
            return throttled(e);
        }
    }

    private boolean accepted(SyncInvoker<?, ?> invoker) {
        try {
            signed(invoker).invoke();
            return true;
        } catch (ServiceResponseException e) {
            return throttled(e);
        }
    }

    /** A 429 means "not this time"; anything else means the script is broken. */
    private static boolean throttled(ServiceResponseException e) {
        if (e.getHttpStatusCode() != TOO_MANY_REQUESTS) {
            throw e;
        }
        return false;
    }

    private <R, S> SyncInvoker<R, S> signed(SyncInvoker<R, S> invoker) {
        return invoker.addHeader("X-Sdk-Date", SDK_DATE.format(clock.instant()));
    }
}
