package io.jenkins.plugins.hss.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Arrays;
import java.util.List;

/**
 * One image to scan: an entry of {@code image_info_list} ({@code BatchScanSwrImageInfo}).
 * A reference may be incomplete or invalid when built; {@link #problems(String)} says what is
 * wrong, so that validation can report every image at once instead of failing on the first.
 *
 * @param namespace   the SWR organization ({@code namespace})
 * @param name        the image name, possibly with {@code /} path components ({@code image_name})
 * @param tag         the tag ({@code image_version})
 * @param instanceId  the SWR enterprise instance id ({@code instance_id}), null for SWR shared edition
 * @param instanceUrl the download URL of an enterprise image ({@code instance_url}), usually null
 */
@JsonPropertyOrder({"namespace", "image_name", "image_version", "instance_id", "instance_url"})
public record ImageRef(
        @JsonProperty("namespace") String namespace,
        @JsonProperty("image_name") String name,
        @JsonProperty("image_version") String tag,
        @JsonProperty("instance_id") String instanceId,
        @JsonProperty("instance_url") String instanceUrl) {

    public ImageRef {
        namespace = blankToNull(namespace);
        name = blankToNull(name);
        tag = blankToNull(tag);
        instanceId = blankToNull(instanceId);
        instanceUrl = blankToNull(instanceUrl);
    }

    public static ImageRef of(String namespace, String name, String tag) {
        return new ImageRef(namespace, name, tag, null, null);
    }

    /**
     * Reads {@code namespace/name:tag}. The first {@code /} ends the organization (image names may
     * hold more slashes) and the last {@code :} starts the tag. Never fails: missing parts stay null
     * and {@link #problems(String)} reports them.
     */
    public static ImageRef parse(String text) {
        String reference = text == null ? "" : text.strip();
        int slash = reference.indexOf('/');
        String namespace = slash < 0 ? null : reference.substring(0, slash);
        String rest = reference.substring(slash + 1);
        int colon = rest.lastIndexOf(':');
        String name = colon < 0 ? rest : rest.substring(0, colon);
        String tag = colon < 0 ? null : rest.substring(colon + 1);
        return of(namespace, name, tag);
    }

    /**
     * The references of a list as people write one, in a job parameter ({@code ns/a:1, ns/b:2}),
     * a text area or a file: separated by commas, semicolons or new lines, none of which a
     * reference can contain. White space around a reference is dropped, but white space inside an
     * entry does not split it: {@code ns/a:1 ns/b:2} stays one entry, which validation reports as
     * written, rather than two images the user did not type. Blanks are skipped and {@code #}
     * starts a comment that runs to the end of its line, so a list file can explain itself. The
     * texts are kept as written, for a face to show them back; {@link #parseList(String)} reads them.
     */
    public static List<String> splitList(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines()
                .map(line -> line.replaceFirst("#.*", ""))
                .flatMap(line -> Arrays.stream(line.split("[,;]")))
                .map(String::strip)
                .filter(reference -> !reference.isEmpty())
                .toList();
    }

    /** The images of a list written as {@link #splitList(String)} reads it, each as {@link #parse(String)} reads it. */
    public static List<ImageRef> parseList(String text) {
        return splitList(text).stream().map(ImageRef::parse).toList();
    }

    /** This image in an SWR enterprise instance. */
    public ImageRef withInstance(String id, String url) {
        return new ImageRef(namespace, name, tag, id, url);
    }

    /**
     * This SWR Enterprise image with the {@code instance_url} HSS listed for it, unless it has one
     * of its own; unchanged for other images, and when the listed value is no URL (it would make
     * a valid request invalid).
     */
    public ImageRef withListedInstanceUrl(String listed) {
        boolean usable = listed != null && FieldLimits.isInstanceUrl(listed);
        return instanceId == null || instanceUrl != null || !usable ? this : withInstance(instanceId, listed);
    }

    /**
     * What is wrong with this reference, reported on {@code field} (e.g. {@code image_info_list[3]}):
     * its names by SWR's rules and by the strictest HSS call that carries them (a tag SWR takes may
     * be too long for HSS's list), and its {@code instance_url}. The instance id is checked apart
     * ({@link #instanceIdProblems}), since a list usually shares one. The messages name the image
     * as written, not the field: that is what the user typed.
     */
    public List<SettingsProblem> problems(String field) {
        Problems problems = new Problems();
        String written = toString();
        if (written.chars().anyMatch(Character::isWhitespace)) {
            return problems.add(field, "image.space", written).list();
        }
        check(problems, field, written, namespace, SwrNames.isNamespace(namespace), "image.namespace");
        check(problems, field, written, name, SwrNames.isImageName(name), "image.name");
        check(problems, field, written, tag, SwrNames.isTag(tag), "image.tag");
        if (tag != null && SwrNames.isTag(tag) && tag.length() > FieldLimits.TAG) {
            problems.add(field, "image.tag_length", written, tag.length(), FieldLimits.TAG);
        }
        if (instanceUrl != null && !FieldLimits.isInstanceUrl(instanceUrl)) {
            problems.add(field, "image.instance_url", written, instanceUrl);
        }
        return problems.list();
    }

    /** What is wrong with this image's own {@code instance_id}, reported on {@code field}. */
    public List<SettingsProblem> instanceIdProblems(String field) {
        Problems problems = new Problems();
        if (instanceId != null && !FieldLimits.isInstanceId(instanceId)) {
            problems.add(field, "image.instance_id", toString(), instanceId);
        }
        return problems.list();
    }

    /** A missing part and an invalid one are told apart: "null" is nothing a user wrote. */
    private static void check(Problems problems, String field, String written, String part, boolean valid, String key) {
        if (part == null) {
            problems.add(field, key + "_missing", written);
        } else if (!valid) {
            problems.add(field, key, written, part);
        }
    }

    /** {@code namespace/name:tag}, the form {@link #parse(String)} reads. */
    @Override
    public String toString() {
        return (namespace == null ? "" : namespace + "/") + (name == null ? "" : name) + (tag == null ? "" : ":" + tag);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
