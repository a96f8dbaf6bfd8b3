package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.client.ListPage;
import io.jenkins.plugins.hss.core.client.RegistryQuery;
import io.jenkins.plugins.hss.core.model.ChosenRegistry;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.InvalidSettingsException;
import io.jenkins.plugins.hss.core.model.Problems;
import io.jenkins.plugins.hss.core.model.Registry;
import io.jenkins.plugins.hss.core.model.RegistryType;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The registry the settings' {@code registry} names, as HSS knows it: one ListRegistry call of
 * the largest page, through the user's budget, before anything is triggered. A registry is named
 * by its id, else by its name as HSS shows it; no match, several, or one of another type than the
 * images' fails the run with a settings problem of {@code registry} that lists what HSS knows, so
 * that nothing is scanned in a registry the user did not mean.
 */
final class RegistryResolution {

    /** ListRegistry's largest page: an account has far fewer registries. */
    static final int PAGE = 200;

    private RegistryResolution() {
    }

    /** Completes with the registry, or exceptionally with an {@link InvalidSettingsException} (or the call's error). */
    static CompletableFuture<ChosenRegistry> resolve(RunContext context) {
        ScanSettings settings = context.settings();
        SharedPoller poller = context.poller();
        RegistryQuery all = new RegistryQuery(null, null, null, null, null, settings.enterpriseProjectId());
        return poller.call(ApiName.REGISTRIES, context.counted(ApiName.REGISTRIES,
                        () -> poller.api().listRegistries(poller.projectId(), all, 0, PAGE)), context.read())
                .thenApply(page -> chosen(settings, page));
    }

    static ChosenRegistry chosen(ScanSettings settings, ListPage<Registry> page) {
        String named = settings.registry();
        List<Registry> byId = page.rows().stream().filter(r -> named.equals(r.id())).toList();
        List<Registry> matches = byId.isEmpty()
                ? page.rows().stream().filter(r -> named.equals(r.registryName()) && r.id() != null).toList() : byId;
        if (matches.isEmpty()) {
            throw page.totalNum() > page.rows().size()
                    ? problem("registry.not_all_listed", named, page.rows().size(), page.totalNum())
                    : problem("registry.not_found", named, known(page.rows()));
        }
        if (matches.size() > 1) {
            throw problem("registry.ambiguous", named, matches.size(),
                    matches.stream().map(r -> r.id() + " (" + r.registryType() + ")").collect(Collectors.joining(", ")));
        }
        Registry registry = matches.get(0);
        ImageType imageType = settings.imageType();
        RegistryType wanted = ChosenRegistry.typeOf(imageType);
        if (registry.type().orElse(null) != wanted) {
            throw problem("registry.type", named, registry.registryType(), imageType, wanted.wireName());
        }
        return new ChosenRegistry(registry.id(), Objects.requireNonNullElse(registry.registryName(), named), wanted);
    }

    private static String known(List<Registry> registries) {
        return registries.isEmpty() ? "none" : registries.stream()
                .map(r -> "\"" + r.registryName() + "\" (" + r.registryType() + ", id " + r.id() + ")")
                .collect(Collectors.joining(", "));
    }

    private static InvalidSettingsException problem(String key, Object... arguments) {
        return new InvalidSettingsException(new Problems().add("registry", key, arguments).list());
    }
}
