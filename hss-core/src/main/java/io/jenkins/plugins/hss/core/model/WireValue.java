package io.jenkins.plugins.hss.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * A constant of an enumeration that HSS writes as text: what the newer image API's fields take
 * and give ({@code harbor}, {@code SwrEnterprise}, {@code manualSync}, {@code Critical}). Rows keep
 * the text as it came, so that a value this version does not know reaches the gate instead of
 * being dropped; {@link #fromWire} reads it back where it is known.
 */
public interface WireValue {

    /** The value on the wire, e.g. {@code private_image}. */
    @JsonValue
    String wireName();

    /** The constant of {@code type} written as {@code value}; empty for null or a value this version does not know. */
    static <E extends Enum<E> & WireValue> Optional<E> fromWire(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.wireName().equals(value)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** {@code PRIVATE_IMAGE} as {@code private_image}. */
    static String snakeCase(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** {@code SWR_PRIVATE} as {@code SwrPrivate}; with {@code upperFirst} false, {@code AUTO_SYNC} as {@code autoSync}. */
    static String camelCase(Enum<?> constant, boolean upperFirst) {
        StringBuilder text = new StringBuilder();
        for (String part : constant.name().toLowerCase(Locale.ROOT).split("_")) {
            boolean first = text.isEmpty();
            text.append(first && !upperFirst ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return text.toString();
    }
}
