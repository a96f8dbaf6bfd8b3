package io.jenkins.plugins.hss;

import hudson.Util;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.hss.core.client.EndpointSettings;
import io.jenkins.plugins.hss.core.client.HssRegions;
import java.util.List;

/**
 * The regions a scan may name: the engine's list, whose endpoints it knows. A region is the only
 * say a job has in where its credential is sent.
 */
final class RegionChoice {

    private RegionChoice() {}

    /**
     * The known regions in alphabetical order, after an empty entry, with the current value kept.
     *
     * @param emptyLabel what the empty entry means: the global default in a job, no region yet on the global page
     */
    static ListBoxModel listBox(String emptyLabel, String current) {
        ListBoxModel items = new ListBoxModel();
        items.add(emptyLabel, "");
        List<String> known = HssRegions.hssRegions().stream().sorted().toList();
        known.forEach(items::add);
        String value = Util.fixEmptyAndTrim(current);
        if (value != null && !known.contains(value)) {
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
