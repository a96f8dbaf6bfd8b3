package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.model.Problems;
import io.jenkins.plugins.hss.core.model.SettingsProblem;
import java.util.List;

/**
 * The regions of the official SDK: {@code HssRegion} and {@code IamRegion} of 3.1.130, plus the
 * additions of 3.1.212. Every endpoint follows {@code https://hss.{id}.myhuaweicloud.com} (and
 * {@code iam.}), except {@code eu-west-101}, which lives under {@code myhuaweicloud.eu}.
 */
public final class HssRegions {

    /** HSS regions of SDK 3.1.130, then 3.1.212's additions. */
    private static final List<String> HSS = List.of(
            "cn-north-9", "cn-north-1", "cn-north-4", "cn-southwest-2", "cn-east-2", "cn-east-3", "cn-east-4",
            "cn-south-1", "cn-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "na-mexico-1",
            "af-south-1", "sa-brazil-1", "la-south-2", "cn-south-4", "la-north-2", "tr-west-1", "cn-north-2",
            "ap-southeast-4", "ae-ad-1", "me-east-1", "cn-east-5", "my-kualalumpur-1", "eu-west-101", "ru-moscow-1",
            "cn-north-12", "cn-southwest-3", "cn-north-11", "af-north-1", "ap-southeast-5");

    /** IAM regions of SDK 3.1.130, then 3.1.212's additions. */
    private static final List<String> IAM = List.of(
            "cn-north-2", "cn-north-4", "cn-north-1", "cn-east-2", "cn-east-3", "cn-south-1", "cn-south-2",
            "cn-southwest-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "af-south-1", "sa-brazil-1",
            "la-south-2", "na-mexico-1", "la-north-2", "cn-north-9", "eu-west-101", "eu-west-0", "my-kualalumpur-1",
            "ru-moscow-1", "me-east-1", "ap-southeast-4", "ae-ad-1", "cn-east-4", "cn-east-5",
            "cn-north-12", "tr-west-1");

    /** IAM's global endpoint, which issues tokens for every region; used where the SDK knows no regional IAM. */
    public static final String GLOBAL_IAM = "https://iam.myhuaweicloud.com";

    private HssRegions() {
    }

    /** Every region HSS is known in, in the SDK's order. */
    public static List<String> hssRegions() {
        return HSS;
    }

    /** Every region with a regional IAM endpoint in the SDK. */
    public static List<String> iamRegions() {
        return IAM;
    }

    /**
     * The endpoints of a region: its HSS endpoint and its regional IAM endpoint, or IAM's global
     * endpoint where the SDK lists none.
     *
     * @throws IllegalArgumentException for an unknown region, listing the known ones
     */
    public static HssEndpoints endpoints(String region) {
        String id = region == null ? "" : region.strip();
        List<SettingsProblem> problems = problems(id);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).message());
        }
        String iam = IAM.contains(id) ? url("iam", id) : GLOBAL_IAM;
        return HssEndpoints.of(url("hss", id), iam);
    }

    /** What is wrong with a region, on field {@code region}: missing, or not one whose endpoints are known. */
    public static List<SettingsProblem> problems(String region) {
        Problems problems = new Problems();
        if (region == null || region.isBlank()) {
            problems.add("region", "region.missing");
        } else if (!HSS.contains(region.strip())) {
            problems.add("region", "region.unknown", region.strip(), String.join(", ", HSS));
        }
        return problems.list();
    }

    private static String url(String service, String region) {
        String domain = region.equals("eu-west-101") ? "myhuaweicloud.eu" : "myhuaweicloud.com";
        return "https://" + service + "." + region + "." + domain;
    }
}
