package io.jenkins.plugins.hss.simulator;

import java.util.List;
import java.util.function.Function;

/** The {@code {"total_num": n, "data_list": [...]}} answer of the list calls. */
record Page<T>(int totalNum, List<T> dataList) {

    /** Rows offset to offset+limit of {@code all}, converted; total_num counts them all. */
    static <S, T> Page<T> of(List<S> all, int offset, int limit, Function<S, T> toRow) {
        int from = Math.min(offset, all.size());
        int to = Math.min(all.size(), from + limit);
        return new Page<>(all.size(), all.subList(from, to).stream().map(toRow).toList());
    }
}
