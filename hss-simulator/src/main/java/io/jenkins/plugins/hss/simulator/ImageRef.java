package io.jenkins.plugins.hss.simulator;

import java.util.Objects;

/** An SWR image as people write it: {@code namespace/name:tag} (the name may contain slashes). */
public record ImageRef(String namespace, String name, String tag) {

    public ImageRef {
        requireText(namespace, "namespace");
        requireText(name, "name");
        requireText(tag, "tag");
    }

    public static ImageRef parse(String text) {
        Objects.requireNonNull(text, "text");
        int slash = text.indexOf('/');
        int colon = text.lastIndexOf(':');
        if (slash <= 0 || colon < slash + 2 || colon == text.length() - 1) {
            throw new IllegalArgumentException("expected namespace/name:tag, got '" + text + "'");
        }
        return new ImageRef(text.substring(0, slash), text.substring(slash + 1, colon), text.substring(colon + 1));
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("an image reference needs a " + what);
        }
    }

    @Override
    public String toString() {
        return namespace + "/" + name + ":" + tag;
    }
}
