package io.jenkins.plugins.hss.simulator;

import java.time.Clock;
import java.util.Map;

/** Wires the sync calls and the newer image APIs (hss-image-api-newer.md) to their endpoints. */
final class NewerApis {

    private NewerApis() {
    }

    static void register(Map<Endpoint, Api> apis, ImageCatalog catalog, Registries registries, SyncLedger syncs,
                         Clock clock, ScanRules rules, ScanQueue scans, NeverScannedTime neverScanned) {
        ScanTaskBook tasks = new ScanTaskBook();
        apis.put(Endpoint.RUN_IMAGE_SYNCHRONIZE, new RunImageSynchronizeApi(syncs, clock));
        apis.put(Endpoint.CREATE_IMAGE_SYNC_TASK, new ImageSyncTaskApi(catalog, registries, syncs, clock));
        apis.put(Endpoint.CREATE_IMAGE_SCAN_TASK, new ImageScanTaskApi(catalog, registries, tasks, clock, rules, scans));
        apis.put(Endpoint.LIST_IMAGE_TASKS, new ImageTaskListApi(tasks, syncs, catalog, registries, clock));
        apis.put(Endpoint.STOP_IMAGE_SCAN_TASK, new StopImageScanTaskApi(tasks, clock));
        apis.put(Endpoint.LIST_REGISTRIES, new RegistryListApi(catalog, registries, syncs, clock));
        apis.put(Endpoint.LIST_REGISTRY_IMAGES, new RegistryImageListApi(catalog, registries, syncs, clock,
                rules.nameMatching(), neverScanned));
        apis.put(Endpoint.LIST_IMAGE_MALWARES, new ImageMalwareApi(catalog, clock));
        apis.put(Endpoint.LIST_IMAGE_RISK_CONFIGS, new ImageRiskConfigApi(catalog, clock, rules.nameMatching()));
        apis.put(Endpoint.LIST_GENERAL_IMAGE_VULNERABILITIES, new GeneralImageVulnerabilityApi(catalog, clock));
    }
}
