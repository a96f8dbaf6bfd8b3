package io.jenkins.plugins.hss.simulator;

import java.util.Arrays;
import java.util.Optional;

/** An enum whose constants travel under a snake_case name on the wire. */
interface WireNamed {

    String wireName();

    /** The constant with this wire name, if any. */
    static <E extends Enum<E> & WireNamed> Optional<E> fromWire(Class<E> type, String wireName) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.wireName().equals(wireName)).findFirst();
    }
}
