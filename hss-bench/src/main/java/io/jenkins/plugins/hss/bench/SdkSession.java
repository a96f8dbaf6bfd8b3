package io.jenkins.plugins.hss.bench;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.core.invoker.SyncInvoker;
import com.huaweicloud.sdk.hss.v5.HssClient;
import com.huaweicloud.sdk.hss.v5.model.BatchScanPrivateImageRequestInfo;
import com.huaweicloud.sdk.hss.v5.model.BatchScanSwrImageInfo;
import com.huaweicloud.sdk.hss.v5.model.BatchScanSwrImageRequest;
import com.huaweicloud.sdk.hss.v5.model.ListSwrImageRepositoryRequest;
import com.huaweicloud.sdk.hss.v5.model.ListSwrImageRepositoryResponse;
import com.huaweicloud.sdk.hss.v5.model.PrivateImageRepositoryInfo;
import io.jenkins.plugins.hss.simulator.ImageRef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * The official SDK's HSS client (3.1.130) as a CI script makes it, with AK/SK, on the benchmark's
 * simulated clock: each call carries {@code X-Sdk-Date} from that clock, which the SDK's signer
 * uses instead of the system clock, so the simulator's 15-minute signature window follows
 * simulated time. That is the scripts' one concession to the benchmark.
 */
final class SdkSession {

    /** A 429: the call was refused and did nothing, so it may be made again. */
    static final class Throttled extends RuntimeException {
        Throttled() {
            super("429", null, false, false);
        }
    }

    static final String PRIVATE_IMAGE = "private_image";
    private static final Set<String> TERMINAL = Set.of("success", "failed", "download_failed", "image_oversized");
    private static final DateTimeFormatter SDK_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int TOO_MANY_REQUESTS = 429;

    private final HssClient sdk;
    private final Clock clock;

    SdkSession(SimulatedHss hss, String projectId) {
        this.sdk = HssClient.newBuilder()
                .withCredential(new BasicCredentials().withAk(SimulatedHss.ACCESS_KEY)
                        .withSk(SimulatedHss.SECRET_KEY).withProjectId(projectId))
                .withEndpoints(List.of(hss.baseUrl()))
                .build();
        this.clock = hss.clock();
    }

    /** @throws Throttled on a 429; any other error response is a broken script and propagates */
    void batchScan(BatchScanPrivateImageRequestInfo body) {
        invoke(sdk.batchScanSwrImageInvoker(new BatchScanSwrImageRequest().withRegion(SimulatedHss.REGION)
                .withBody(body.withImageType(PRIVATE_IMAGE))));
    }

    /** @throws Throttled on a 429 */
    ListSwrImageRepositoryResponse list(ListSwrImageRepositoryRequest request) {
        return invoke(sdk.listSwrImageRepositoryInvoker(request.withRegion(SimulatedHss.REGION)
                .withImageType(PRIVATE_IMAGE)));
    }

    /** The images as the batch scan's {@code image_info_list} names them. */
    static List<BatchScanSwrImageInfo> imageInfo(List<ImageRef> images) {
        return images.stream().map(ref -> new BatchScanSwrImageInfo().withNamespace(ref.namespace())
                .withImageName(ref.name()).withImageVersion(ref.tag())).toList();
    }

    /** Whether the row shows a scan that ended after {@code triggeredAt}: the previous result is older. */
    static boolean finishedAfter(PrivateImageRepositoryInfo row, Instant triggeredAt) {
        return TERMINAL.contains(row.getScanStatus()) && row.getLatestScanTime() != null
                && row.getLatestScanTime() > triggeredAt.toEpochMilli();
    }

    static String key(PrivateImageRepositoryInfo row) {
        return row.getNamespace() + "/" + row.getImageName() + ":" + row.getImageVersion();
    }

    private <R, S> S invoke(SyncInvoker<R, S> invoker) {
        try {
            return invoker.addHeader("X-Sdk-Date", SDK_DATE.format(clock.instant())).invoke();
        } catch (ServiceResponseException e) {
            if (e.getHttpStatusCode() == TOO_MANY_REQUESTS) {
                throw new Throttled();
            }
            throw e;
        }
    }
}
