package io.jenkins.plugins.hss.core.client;

import java.time.Instant;
import java.util.List;

/**
 * One page of a list call, of either image API: {@code total_num} and this page's
 * {@code data_list}, each row read strictly off the wire. The one page type: the reader makes it,
 * the client returns it and the engine's paging ({@code poll.PagedCall}) reads listings in it.
 *
 * @param serverDate the response's {@code Date}: the service's clock when it answered, to whole
 *                   seconds; null when the response had none
 */
public record ListPage<T>(int totalNum, List<T> rows, Instant serverDate) {

    public ListPage {
        rows = List.copyOf(rows);
    }

    /** A page whose response told no {@code Date}. */
    public ListPage(int totalNum, List<T> rows) {
        this(totalNum, rows, null);
    }
}
