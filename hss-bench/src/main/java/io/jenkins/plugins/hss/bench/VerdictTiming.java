package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.gate.ImageVerdict;
import io.jenkins.plugins.hss.core.report.ScanReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * How late one run's verdict came: after the last of its scans ended, and compared with the poll
 * interval in force at the end (from the end of the previous poll, or the trigger, to the start
 * of the poll that saw the last scan done).
 *
 * @param polls list rounds after the trigger; the listing that recorded the targets before it is not one
 */
record VerdictTiming(Duration delay, Duration interval, int polls) {

    static VerdictTiming of(ScanReport report, List<PollRecorder.Page> pages) {
        Instant lastScanEnd = report.images().stream().map(ImageVerdict::image)
                .map(ImageResult::scanTime).filter(Objects::nonNull).max(Instant::compareTo)
                .orElseThrow(() -> new IllegalStateException("no scan of the run finished"));
        List<PollRecorder.Page> afterTrigger = pages.subList(lastTrigger(pages) + 1, pages.size());
        int finalPoll = lastPollStart(afterTrigger);
        Instant previousEnd = finalPoll == 0 ? report.triggeredAt() : afterTrigger.get(finalPoll - 1).at();
        int polls = (int) IntStream.range(0, afterTrigger.size())
                .filter(i -> startsPoll(afterTrigger, i)).count();
        return new VerdictTiming(Duration.between(lastScanEnd, report.finishedAt()),
                Duration.between(previousEnd, afterTrigger.get(finalPoll).at()), polls);
    }

    private static int lastTrigger(List<PollRecorder.Page> pages) {
        return lastIndex(pages, i -> pages.get(i).isTrigger(), "no trigger");
    }

    private static int lastPollStart(List<PollRecorder.Page> pages) {
        return lastIndex(pages, i -> startsPoll(pages, i), "no poll after the trigger");
    }

    /**
     * The first page of a poll's first listing; offset 0 read again before the listing's last page
     * is a revisit, and a listing of the range right after the previous one's is the same poll's.
     */
    private static boolean startsPoll(List<PollRecorder.Page> pages, int i) {
        PollRecorder.Page page = pages.get(i);
        if (page.offset() != 0 || i == 0) {
            return page.offset() == 0;
        }
        PollRecorder.Page previous = pages.get(i - 1);
        return previous.lastOfListing() && !page.continuesRangeOf(previous);
    }

    private static int lastIndex(List<PollRecorder.Page> pages, IntPredicate which, String none) {
        for (int i = pages.size() - 1; i >= 0; i--) {
            if (which.test(i)) {
                return i;
            }
        }
        throw new IllegalStateException(none);
    }
}
