package io.jenkins.plugins.hss.core.watch;

import java.util.Objects;

/**
 * Keeps a console readable at scale: a run of 100,000 images would print 200,000 lines of
 * "started" and "finished". Up to {@code limit} per-image events pass as they come; after that
 * only the finished scans that did not succeed do (the ones a reader looks for), one line says
 * so, and the progress lines go on counting every image. Every other event passes.
 */
public final class PerImageLineLimit implements WatchListener {

    /** What the faces use: a run of a hundred images still shows each one. */
    public static final int DEFAULT_LIMIT = 100;

    private final WatchListener next;
    private final int limit;
    private int shown;
    private boolean announced;

    public PerImageLineLimit(WatchListener next, int limit) {
        this.next = Objects.requireNonNull(next, "next");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        this.limit = limit;
    }

    /** {@code next} behind the {@link #DEFAULT_LIMIT}. */
    public static WatchListener of(WatchListener next) {
        return new PerImageLineLimit(next, DEFAULT_LIMIT);
    }

    @Override
    public synchronized void onEvent(WatchEvent event) {
        boolean perImage = event instanceof WatchEvent.ImageStarted || event instanceof WatchEvent.ImageFinished;
        if (!perImage || shown < limit) {
            shown += perImage ? 1 : 0;
            next.onEvent(event);
            return;
        }
        if (!announced) {
            announced = true;
            next.onEvent(new WatchEvent.PerImageLinesLimited(limit));
        }
        if (event instanceof WatchEvent.ImageFinished finished && !"success".equals(finished.status())) {
            next.onEvent(event);
        }
    }
}
