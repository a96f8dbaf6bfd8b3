package io.jenkins.plugins.hss.core.poll;

import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.model.ImageType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fewest repository queries that list a set of images: one per image type, enterprise
 * project, SWR Enterprise instance ({@code instance_id}, which every enterprise query names) and
 * Harbor or JFrog registry ({@code registry_name}, which the newer image list filters by),
 * narrowed to a namespace, name or tag when every image shares it, and to
 * {@code start_latest_scan_time >= floor} when every image allows it (see {@link Interest}).
 * The service may match names loosely; the watcher matches the results exactly by {@link ImageKey}.
 *
 * @param imageType the {@code image_type} every result has
 * @param interests the images it is for
 */
public record CoverageQuery(String imageType, SwrImageQuery query, List<Interest> interests) {

    public static List<CoverageQuery> cover(List<Interest> interests) {
        Map<List<String>, List<Interest>> groups = new LinkedHashMap<>();
        for (Interest interest : interests) {
            List<String> scope = java.util.Arrays.asList(interest.key().imageType(), interest.enterpriseProjectId(),
                    interest.key().instanceId(), interest.key().registryName());
            groups.computeIfAbsent(scope, s -> new ArrayList<>()).add(interest);
        }
        List<CoverageQuery> queries = new ArrayList<>();
        groups.forEach((scope, group) -> queries.add(of(scope, group)));
        return queries;
    }

    /** @param scope the type, the enterprise project, the instance and the registry every image of {@code group} shares */
    private static CoverageQuery of(List<String> scope, List<Interest> group) {
        String imageType = scope.get(0);
        SwrImageQuery.Builder query = SwrImageQuery.builder(ImageType.fromWire(imageType).orElseThrow())
                .enterpriseProjectId(scope.get(1))
                .instanceId(scope.get(2))
                .registryName(scope.get(3))
                .namespace(shared(group, ImageKey::namespace))
                .imageName(shared(group, ImageKey::imageName))
                .imageVersion(shared(group, ImageKey::imageVersion));
        if (group.stream().allMatch(i -> i.scanTimeFloor() != null)) {
            query.startLatestScanTime(group.stream().mapToLong(Interest::scanTimeFloor).min().orElseThrow());
        }
        return new CoverageQuery(imageType, query.build(), List.copyOf(group));
    }

    /** The value every image has, or null (no narrowing) when they differ. */
    private static String shared(List<Interest> group, Function<ImageKey, String> field) {
        String first = field.apply(group.get(0).key());
        return group.stream().allMatch(i -> Objects.equals(field.apply(i.key()), first)) ? first : null;
    }
}
