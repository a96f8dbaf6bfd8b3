package io.jenkins.plugins.hss;

import hudson.Util;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.hss.core.client.EndpointSettings;
import io.jenkins.plugins.hss.core.client.HssRegions;

/**
 * The regions a scan may name: the engine's list, whose endpoints it knows. A region is the only
 * say a job has in where its credential is sent.
 */
final class RegionChoice {

    private RegionChoice() {}

    /** The known regions, after an empty entry (the global default) and with the current value kept. */
    static ListBoxModel listBox(String current) {
        ListBoxModel items = new ListBoxModel();
        items.add(Messages.RegionChoice_default(), "");
        HssRegions.hssRegions().forEach(items::add);
        String value = Util.fixEmptyAndTrim(current);
        if (value != null && !HssRegions.hssRegions().contains(value)) {
            items.add(value);
        }
        return items;
    }

    /**
     * The engine's problems of {@code where}'s region, judged with its endpoints: with both of them
     * configured any region is usable. An empty region is the default (the global page's, or a
     * job's choice), so it is no problem here; a run reports it if it is still empty then.
     */
    static FormValidation check(EndpointSettings where) {
        if (Util.fixEmptyAndTrim(where.region()) == null) {
            return FormValidation.ok();
        }
        return FieldChecks.of("region", where.problems());
    }
}
