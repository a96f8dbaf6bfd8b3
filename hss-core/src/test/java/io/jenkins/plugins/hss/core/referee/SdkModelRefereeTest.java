package io.jenkins.plugins.hss.core.referee;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.huaweicloud.sdk.core.utils.JsonUtils;
import com.huaweicloud.sdk.hss.v5.model.AssociateImages;
import com.huaweicloud.sdk.hss.v5.model.BatchScanPrivateImageRequestInfo;
import com.huaweicloud.sdk.hss.v5.model.ImageVulInfo;
import com.huaweicloud.sdk.hss.v5.model.ListImageVulnerabilitiesResponse;
import com.huaweicloud.sdk.hss.v5.model.ListSwrImageRepositoryResponse;
import com.huaweicloud.sdk.hss.v5.model.PrivateImageRepositoryInfo;
import io.jenkins.plugins.hss.core.HssJson;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.ImageRef;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.model.ScanStatus;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.model.Vulnerability;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SDK's models are the referee of our JSON: what one writes, the other reads with every field equal. */
class SdkModelRefereeTest {

    private static final String PROJECT = "0123456789abcdef0123456789abcdef";

    @Test
    void ourListRequestReadsIntoTheSdksModelWithEveryFieldEqual() {
        // Every field at once, the list beside the filters: settings refuse that pair (the filters work with
        // operate_all only), but the wire form of each field is what is refereed here.
        BatchScanRequest ours = new BatchScanRequest("SWR", List.of(
                ImageRef.of("team-a", "tools/jdk", "17").withInstance("inst-1", "https://swr.example/x"),
                ImageRef.parse("team-b/nginx:1.25").withInstance("inst-2", "https://swr.example/y")), false,
                "team-a", "nginx", "1.25", ImageType.SHARED_IMAGE, ScanStatus.FAILED, true, 1024L, 1L, 2L, 3L, 4L,
                PROJECT, null, null);
        String json = new String(ours.toJson(), StandardCharsets.UTF_8);

        BatchScanPrivateImageRequestInfo sdk = JsonUtils.toObject(json, BatchScanPrivateImageRequestInfo.class);

        assertSameFields(ours, sdk);
        assertThat(JsonUtils.toJSON(sdk)).isEqualTo(json);
    }

    @Test
    void ourFilterRequestIsWrittenExactlyAsTheSdkWritesIt() {
        BatchScanRequest ours = ScanSettings.builder().projectId(PROJECT).operateAll(true).imageType("private_image")
                .scanStatus("unscan").build().toRequest();
        BatchScanPrivateImageRequestInfo sdk = new BatchScanPrivateImageRequestInfo().withOperateAll(true)
                .withImageType("private_image").withScanStatus("unscan");

        assertThat(new String(ours.toJson(), StandardCharsets.UTF_8)).isEqualTo(JsonUtils.toJSON(sdk));
    }

    @Test
    void aListPageWrittenByTheSdkReadsIntoOursWithEveryFieldEqual() throws Exception {
        PrivateImageRepositoryInfo image = new PrivateImageRepositoryInfo().withId(7L).withNamespace("team-a")
                .withImageName("nginx").withImageId("img-1").withImageDigest("sha256:ab").withImageVersion("1.25")
                .withImageType("private_image").withLatestVersion(true).withScanStatus("image_oversized")
                .withScanFailedDesc("image_over_sized").withImageSize(5_000_000_000L).withLatestUpdateTime(1700000000000L)
                .withLatestScanTime(1700000001000L).withVulNum(12).withUnsafeSettingNum(3).withMaliciousFileNum(1)
                .withDomainName("acme").withSharedStatus("effective").withScannable(false).withInstanceName("inst")
                .withInstanceId("iid").withInstanceUrl("https://swr.example/x")
                .withAssociationImages(List.of(new AssociateImages().withImageName("nginx").withImageVersion("1.25-arm")
                        .withImageType("private_image").withNamespace("team-a").withImageDigest("sha256:cd")
                        .withScanStatus("scanning")));
        String json = JsonUtils.toJSON(new ListSwrImageRepositoryResponse().withTotalNum(1).withDataList(List.of(image)));

        SwrImage ours = HssJson.mapper().readTree(json).path("data_list").traverse(HssJson.mapper()).readValueAs(SwrImage[].class)[0];

        assertSameFields(ours, image);
    }

    @Test
    void aVulnerabilityPageWrittenByTheSdkReadsIntoOursWithEveryFieldEqual() throws Exception {
        ImageVulInfo vulnerability = new ImageVulInfo().withVulId("CVE-2024-1").withRepairNecessity("delay_repair")
                .withDescription("overflow in é").withPosition("sha256:layer").withAppName("openssl")
                .withAppPath("/usr/lib").withVersion("3.0.1").withSolution("upgrade").withUrl("https://fix");
        String json = JsonUtils.toJSON(new ListImageVulnerabilitiesResponse().withTotalNum(1).withDataList(List.of(vulnerability)));

        Vulnerability ours = HssJson.mapper().readTree(json).path("data_list").get(0).traverse(HssJson.mapper())
                .readValueAs(Vulnerability.class);

        assertSameFields(ours, vulnerability);
    }

    /**
     * Every component of our record equals the SDK getter of the same JSON name; lists element by
     * element. Fails on a component the SDK has no getter for, and on a null, so no field is skipped.
     */
    private static void assertSameFields(Record ours, Object sdk) {
        for (RecordComponent component : ours.getClass().getRecordComponents()) {
            String jsonName = jsonName(component);
            if (component.getAccessor().isAnnotationPresent(com.fasterxml.jackson.annotation.JsonIgnore.class)) {
                continue;
            }
            Object mine = invoke(component.getAccessor(), ours);
            Object theirs = invoke(getter(sdk, jsonName), sdk);
            assertThat(mine).as(jsonName).isNotNull();
            if (mine instanceof List<?> list) {
                assertThat((List<?>) theirs).as(jsonName).hasSameSizeAs(list);
                for (int i = 0; i < list.size(); i++) {
                    assertSameFields((Record) list.get(i), ((List<?>) theirs).get(i));
                }
            } else {
                assertThat(mine instanceof Enum<?> ? mine.toString() : mine).as(jsonName).isEqualTo(theirs);
            }
        }
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        return property != null ? property.value() : component.getName().replaceAll("([A-Z])", "_$1").toLowerCase();
    }

    private static java.lang.reflect.Method getter(Object sdk, String jsonName) {
        StringBuilder name = new StringBuilder("get");
        for (String word : jsonName.split("_")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        try {
            return sdk.getClass().getMethod(name.toString());
        } catch (NoSuchMethodException e) {
            throw new AssertionError("the SDK's " + sdk.getClass().getSimpleName() + " has no " + jsonName, e);
        }
    }

    private static Object invoke(java.lang.reflect.Method method, Object target) {
        try {
            return method.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
