package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.auth.HssCredentials;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the credentials of a run: in a credentials file when one is named, else in the
 * environment. Never in an option: the command line of a process is visible to every user of the
 * machine ({@code ps}). Exactly one {@link CredentialKind} must be complete; anything else is
 * {@link InvalidInput}. Messages name variables and keys, never their values.
 */
final class CredentialSource {

    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private CredentialSource() {
    }

    /**
     * Reads our variables, or the official SDK's for an access key. Both families may be set only
     * when they name the same key, value for value; anything else (different values, the key from
     * one family and the secret from the other) is ambiguous and an error naming both.
     */
    static HssCredentials fromEnvironment(Map<String, String> environment) {
        Function<CredentialKind.Field, String> variable = variables(environment);
        return find("the environment", field -> environment.get(variable.apply(field)), variable,
                " (the Huawei Cloud SDK's " + names(CredentialKind.ACCESS_KEY, CredentialKind.Field::sdkVariable)
                        + " count as an access key too)");
    }

    private static Function<CredentialKind.Field, String> variables(Map<String, String> environment) {
        List<CredentialKind.Field> shared = CredentialKind.ACCESS_KEY.fields();
        boolean ours = shared.stream().anyMatch(field -> hasText(environment.get(field.environmentVariable())));
        boolean sdk = shared.stream().anyMatch(field -> hasText(environment.get(field.sdkVariable())));
        if (ours && sdk) {
            List<String> disagreements = new ArrayList<>();
            for (CredentialKind.Field field : shared) {
                disagreement(field, environment).ifPresent(disagreements::add);
            }
            if (!disagreements.isEmpty()) {
                throw new InvalidInput("the environment holds an access key in both HSS_* and HUAWEICLOUD_SDK_* "
                        + "variables, and they do not agree: " + String.join("; ", disagreements)
                        + "; unset one family (see docs/cli.md, Credentials)");
            }
        }
        return sdk && !ours ? CredentialKind.Field::sdkVariableOrOurs : CredentialKind.Field::environmentVariable;
    }

    /** How the two variables of {@code field} disagree, in words that name them and never their values. */
    private static Optional<String> disagreement(CredentialKind.Field field, Map<String, String> environment) {
        String ours = text(environment.get(field.environmentVariable()));
        String sdk = text(environment.get(field.sdkVariable()));
        if (Objects.equals(ours, sdk)) {
            return Optional.empty();
        }
        if (ours != null && sdk != null) {
            return Optional.of(field.environmentVariable() + " and " + field.sdkVariable() + " differ");
        }
        String set = ours == null ? field.sdkVariable() : field.environmentVariable();
        String unset = ours == null ? field.environmentVariable() : field.sdkVariable();
        return Optional.of(set + " is set but " + unset + " is not");
    }

    /** Reads a properties file ({@code key=value} lines) that only its owner may read. */
    static HssCredentials fromFile(Path file) {
        requireOwnerOnly(file);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new InvalidInput("cannot read the credentials file " + file + ": " + e.getMessage());
        }
        return find("the credentials file " + file, field -> properties.getProperty(field.fileKey()),
                CredentialKind.Field::fileKey, "");
    }

    /** @param alternatives what else counts, for the message when nothing does */
    private static HssCredentials find(String where, Function<CredentialKind.Field, String> lookup,
                                       Function<CredentialKind.Field, String> name, String alternatives) {
        List<CredentialKind> present = Arrays.stream(CredentialKind.values())
                .filter(kind -> kind.fields().stream().anyMatch(field -> hasText(lookup.apply(field))))
                .toList();
        if (present.isEmpty()) {
            throw new InvalidInput("no credentials in " + where + "; set " + names(CredentialKind.ACCESS_KEY, name)
                    + ", or " + names(CredentialKind.IAM_USER, name) + ", or " + names(CredentialKind.TOKEN, name)
                    + alternatives + " (see docs/cli.md)");
        }
        if (present.size() > 1) {
            throw new InvalidInput("several kinds of credentials in " + where + ": "
                    + present.stream().map(kind -> names(kind, name)).toList() + "; keep exactly one");
        }
        CredentialKind kind = present.get(0);
        Map<String, String> values = new HashMap<>();
        for (CredentialKind.Field field : kind.fields()) {
            String value = lookup.apply(field);
            if (hasText(value)) {
                values.put(field.fileKey(), value.trim());
            } else if (field.required()) {
                throw new InvalidInput(name.apply(field) + " is missing in " + where + "; "
                        + names(kind, name) + " go together");
            }
        }
        return kind.create(values);
    }

    private static void requireOwnerOnly(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInput("no credentials file " + file);
        }
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            return; // not a POSIX file system (Windows): its ACLs are not checked, see docs/cli.md
        } catch (IOException e) {
            throw new InvalidInput("cannot read the permissions of " + file + ": " + e.getMessage());
        }
        if (!OWNER_ONLY.containsAll(permissions)) {
            throw new InvalidInput("the credentials file " + file + " is readable by others ("
                    + PosixFilePermissions.toString(permissions)
                    + "); make it owner-only: chmod 600 " + file);
        }
    }

    private static String names(CredentialKind kind, Function<CredentialKind.Field, String> name) {
        return String.join("/", kind.fields().stream().map(name).toList());
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** The value as it is used: trimmed, and null when blank. */
    private static String text(String value) {
        return hasText(value) ? value.trim() : null;
    }
}
