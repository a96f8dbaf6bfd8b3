package io.jenkins.plugins.hss;

import hudson.util.ListBoxModel;
import io.jenkins.plugins.hss.core.model.ScanApi;

/** The drop-down of the HSS APIs: a default first (empty), then each API by its setting's value. */
final class ApiChoice {

    private ApiChoice() {
    }

    static ListBoxModel listBox(String defaultLabel) {
        ListBoxModel items = new ListBoxModel();
        items.add(defaultLabel, "");
        for (ScanApi api : ScanApi.values()) {
            items.add(api.wireName());
        }
        return items;
    }
}
