package io.jenkins.plugins.hss.simulator;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed, validated access to a request's parameters, wherever they travel (query string or JSON
 * body), so that the filters of the list call and of the batch scan are read by one piece of code.
 * A value of the wrong type or out of range is HSS.0001.
 */
interface RequestParameters {

    /** A text value; an empty one counts as absent (the SDK sends unset strings as {@code key=}). */
    Optional<String> text(String name);

    Optional<Long> number(String name, long min, long max);

    Optional<Boolean> flag(String name);

    default String requiredText(String name) {
        return text(name).orElseThrow(() -> ApiError.invalidParameter(name + " is required"));
    }

    default <E> Optional<E> choice(String name, Function<String, Optional<E>> parse) {
        return text(name).map(value -> parse.apply(value)
                .orElseThrow(() -> ApiError.invalidParameter(name + " has an unsupported value")));
    }

    /** A text value that must be one of {@code values} (HSS.0001 otherwise). */
    default Optional<String> oneOf(String name, Set<String> values) {
        return choice(name, value -> Optional.of(value).filter(values::contains));
    }

    /** The mandatory {@code image_type}, which must be one of {@code accepted}. */
    default ImageType imageType(Set<ImageType> accepted) {
        return choice("image_type", ImageType::fromWire).filter(accepted::contains)
                .orElseThrow(() -> ApiError.invalidParameter("image_type is required, one of "
                        + accepted.stream().map(ImageType::wireName).sorted().toList()));
    }

    default int offset() {
        return number("offset", 0, 2_000_000).orElse(0L).intValue();
    }

    /** Page size: 10 to 200, 10 when absent. */
    default int limit() {
        return number("limit", 10, 200).orElse(10L).intValue();
    }

    /** A view in which only {@code names} exist: fields an API does not document are ignored, as HSS does. */
    default RequestParameters restrictedTo(Set<String> names) {
        RequestParameters all = this;
        return new RequestParameters() {
            @Override
            public Optional<String> text(String name) {
                return names.contains(name) ? all.text(name) : Optional.empty();
            }

            @Override
            public Optional<Long> number(String name, long min, long max) {
                return names.contains(name) ? all.number(name, min, max) : Optional.empty();
            }

            @Override
            public Optional<Boolean> flag(String name) {
                return names.contains(name) ? all.flag(name) : Optional.empty();
            }
        };
    }
}
