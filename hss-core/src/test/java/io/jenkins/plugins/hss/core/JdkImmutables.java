package io.jenkins.plugins.hss.core;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the JDK immutable collections ({@code List.of}, {@code Map.of}, {@code copyOf},
 * {@code Stream.toList()}) in what Jenkins persists. XStream (build.xml, config.xml) writes and
 * reads them only by reflection on the JDK's private fields, which works only while
 * {@code java.util} is opened to it and the JDK keeps those fields; persisted state holds
 * {@link ArrayList}, {@link java.util.HashMap} and the like instead. ArchUnit sees declared field
 * types only, so this looks at the values: the fields of our classes (static and transient ones
 * are not persisted), and the elements, keys and values of the collections they hold.
 */
public final class JdkImmutables {

    private static final String OURS = "io.jenkins.plugins.hss.";

    private JdkImmutables() {
    }

    /** Where, in {@code root}'s persisted fields and what they hold, a JDK immutable collection is; empty when none. */
    public static List<String> in(Object root) {
        List<String> found = new ArrayList<>();
        walk(root, root.getClass().getSimpleName(), Collections.newSetFromMap(new IdentityHashMap<>()), found);
        return found;
    }

    private static void walk(Object value, String path, Set<Object> seen, List<String> found) {
        if (value == null || !seen.add(value)) {
            return;
        }
        Class<?> type = value.getClass();
        if (type.getName().startsWith("java.util.ImmutableCollections")) {
            found.add(path + ": " + type.getName());
        }
        if (value instanceof Collection<?> elements) {
            int i = 0;
            for (Object element : elements) {
                walk(element, path + "[" + i++ + "]", seen, found);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> {
                walk(key, path + ".key", seen, found);
                walk(element, path + "[" + key + "]", seen, found);
            });
        } else {
            for (Class<?> c = type; c != null && c.getName().startsWith(OURS); c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                        walk(read(field, value), path + "." + field.getName(), seen, found);
                    }
                }
            }
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new AssertionError("cannot read " + field, e);
        }
    }
}
