package io.jenkins.plugins.hss.core.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.jenkins.plugins.hss.core.HssJson;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The wire names of the newer image API as the official SDK 3.1.212 source declares them
 * (huaweicloud/huaweicloud-sdk-java-v3, {@code services/hss/src/main/java/com/huaweicloud/sdk/hss/v5/}):
 * the query fields of each call in {@code HssMeta}'s order (path and header fields left out), and
 * the {@code @JsonProperty} names of each model in {@code model/}, in their order. The artifacts
 * on Maven Central stop at 3.1.130, which lacks these models, so the SDK cannot referee them in
 * a test; these lists are its word. (The simulator's NewerApiContractTest holds the same models'
 * names with their JSON kinds, checked against what it serves.)
 */
final class SdkFields {

    // HssMeta.genForCreateManualImageScanTask, genForListImageScanTask, ...: the query fields.
    static final List<String> CREATE_MANUAL_IMAGE_SCAN_TASK_QUERY = List.of("enterprise_project_id", "global_image_type");
    static final List<String> LIST_IMAGE_SCAN_TASK_QUERY = List.of("enterprise_project_id", "global_image_type",
            "offset", "limit", "type", "task_type", "task_name", "task_id", "create_time", "end_time", "task_status",
            "scan_scope");
    static final List<String> STOP_IMAGE_SCAN_TASK_QUERY = List.of("enterprise_project_id");
    static final List<String> LIST_REGISTRY_QUERY = List.of("enterprise_project_id", "offset", "limit",
            "registry_name", "registry_id", "registry_type", "registry_addr", "status");
    static final List<String> CREATE_IMAGE_SYNCHRONIZE_TASK_QUERY = List.of("enterprise_project_id");
    static final List<String> LIST_REGISTRY_IMAGES_QUERY = List.of("enterprise_project_id", "namespace",
            "image_name", "image_version", "registry_name", "offset", "image_type", "sort_key", "sort_dir", "limit",
            "latest_version", "image_size", "scan_status", "start_latest_update_time", "end_latest_update_time",
            "start_latest_scan_time", "end_latest_scan_time", "start_latest_sync_time", "end_latest_sync_time",
            "has_malicious_file", "has_unsafe_setting", "has_vul", "risky", "instance_id", "instance_name",
            "is_multarch", "severity_level");
    static final List<String> LIST_IMAGE_MALWARE_QUERY = List.of("enterprise_project_id", "limit", "offset",
            "image_type", "file_name", "namespace", "image_name", "tag_name");
    static final List<String> LIST_IMAGE_RISK_CONFIGS_QUERY = List.of("enterprise_project_id", "image_type",
            "offset", "limit", "namespace", "image_name", "image_version", "image_id", "check_name", "severity",
            "standard", "instance_id");
    static final List<String> LIST_GENERAL_IMAGE_VULS_QUERY = List.of("enterprise_project_id", "offset", "limit",
            "type", "handle_status", "image_type", "severity_level", "vul_id", "vul_name", "cve_id", "label_list",
            "status", "cluster_id");

    // model/CreateManualImageScanTaskReqInfo.java and its parts, model/CreateImageSynchronizeTaskRequestInfo.java.
    static final List<String> CREATE_MANUAL_IMAGE_SCAN_TASK_REQ_INFO = List.of("scan_scope", "rate_limit", "is_all",
            "query_info", "image_info");
    static final List<String> CREATE_MANUAL_IMAGE_SCAN_TASK_REQ_INFO_QUERY_INFO = List.of("local_image_type",
            "host_id", "host_name", "public_ip", "private_ip", "cluster_id", "container_id", "container_name", "pod_id",
            "pod_name", "app_name", "has_vul", "namespace", "image_name", "image_version", "image_type", "scan_status",
            "image_size", "start_latest_update_time", "end_latest_update_time", "start_latest_scan_time",
            "end_latest_scan_time");
    /** The query_info fields that select images on hosts, which this product does not scan. */
    static final Set<String> HOST_FIELDS = Set.of("local_image_type", "host_id", "host_name", "public_ip",
            "private_ip", "cluster_id", "container_id", "container_name", "pod_id", "pod_name", "app_name");
    static final List<String> CREATE_MANUAL_IMAGE_SCAN_TASK_REQ_INFO_IMAGE_INFO = List.of("id", "image_id",
            "image_digest", "registry_id", "registry_name", "image_name", "image_version", "namespace", "instance_id",
            "instance_url", "registry_type");
    static final List<String> CREATE_IMAGE_SYNCHRONIZE_TASK_REQUEST_INFO = List.of("sync_all_registries",
            "registry_info");
    static final List<String> CREATE_IMAGE_SYNCHRONIZE_TASK_REQUEST_INFO_REGISTRY_INFO = List.of("registry_id",
            "registry_type");

    // The rows: model/RegistryImagesInfo.java, AssociateImagesInfo.java, ImageScanTaskInfo.java, ...
    static final List<String> REGISTRY_IMAGES_INFO = List.of("id", "namespace", "image_name", "image_id",
            "image_digest", "image_version", "image_type", "registry_id", "registry_name", "registry_type",
            "latest_version", "scan_status", "scan_failed_desc", "scan_failed_code", "image_size", "latest_update_time",
            "latest_scan_time", "latest_sync_time", "vul_num", "unsafe_setting_num", "malicious_file_num",
            "domain_name", "shared_status", "scannable", "is_multiple_arch", "instance_name", "instance_id",
            "instance_url", "severity_level", "association_images");
    static final List<String> ASSOCIATE_IMAGES_INFO = List.of("id", "image_id", "image_name", "image_version",
            "image_type", "namespace", "image_digest", "scan_status", "vul_num", "unsafe_setting_num",
            "malicious_file_num");
    static final List<String> IMAGE_SCAN_TASK_INFO = List.of("task_id", "policy_id", "task_name", "begin_time",
            "end_time", "remain_min", "task_type", "image_type", "task_status", "scan_scope", "rate_limit", "is_all",
            "failed_num", "success_num", "total_num", "risky_num", "sync_task_type", "failed_reason", "failed_images");
    static final List<String> IMAGE_SCAN_TASK_INFO_FAILED_IMAGES = List.of("id", "registry_id", "registry_name",
            "image_name", "image_version", "namespace", "registry_type", "failed_reason");
    static final List<String> REGISTRY_INFO = List.of("id", "registry_name", "registry_type", "api_version",
            "protocol", "registry_addr", "registry_username", "namespace", "connect_cluster_id",
            "get_scan_image_channel", "status", "fail_reason", "images_num", "latest_sync_time");
    static final List<String> IMAGE_MALWARE_INFO = List.of("file_name", "file_path", "size", "description");
    static final List<String> IMAGE_RISK_CONFIGS_INFO_RESPONSE_INFO = List.of("severity", "check_name", "check_type",
            "standard", "check_rule_num", "failed_rule_num", "check_type_desc");
    static final List<String> GENERAL_IMAGE_VULS_RESPONSE_INFO = List.of("vul_name", "vul_id", "type", "image_type",
            "label_list", "severity_level", "image_num", "cve_list", "max_cvss_score", "scan_time", "description",
            "url", "solution_detail", "cluster_num");
    static final List<String> GENERAL_IMAGE_VULS_RESPONSE_INFO_CVE_LIST = List.of("cve_id", "cvss");

    private SdkFields() {
    }

    /** The names HSS's JSON dialect reads a type's fields by: what a row of that type takes from the wire. */
    static Set<String> readNames(Class<?> type) {
        ObjectMapper mapper = HssJson.mapper();
        return mapper.getDeserializationConfig().introspect(mapper.constructType(type)).findProperties().stream()
                .map(BeanPropertyDefinition::getName).collect(Collectors.toSet());
    }
}
