package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.EngineMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Something a face may print while a run waits. Events come at changes, not at every poll; each
 * has a one-line {@link #message()}. They carry image references and statuses, never secrets.
 */
public sealed interface WatchEvent {

    /** One line for a console. */
    String message();

    /**
     * Listed images that HSS does not list yet: the run asked HSS to sync its copy of the
     * repository ({@code allRegistries}: of every registry, for SWR Enterprise images) and waits
     * for them before the trigger.
     */
    record SyncRequested(String imageType, boolean allRegistries, List<String> references) implements WatchEvent {
        public String message() {
            return EngineMessages.format(allRegistries ? "sync.requested_all" : "sync.requested", imageType,
                    String.join(", ", references));
        }
    }

    /** HSS answered the sync with a code that says no sync started (one already running): it is asked again. */
    record SyncNotStarted(String answer) implements WatchEvent {
        public String message() {
            return EngineMessages.format("sync.not_started", answer);
        }
    }

    /** Images the run waited for after asking HSS to sync are listed now. */
    record SyncFound(List<String> references, Duration after) implements WatchEvent {
        public String message() {
            return EngineMessages.format("sync.found", String.join(", ", references), after.toSeconds());
        }
    }

    /** The sync's wait ended with these images still not listed: they count as not found. */
    record SyncGaveUp(List<String> references, Duration waited, String why) implements WatchEvent {
        public String message() {
            return EngineMessages.format("sync.gave_up", String.join(", ", references), waited.toSeconds(), why);
        }
    }

    /** The sync call failed (refused, or no answer after the queue's retries): the images count as not found. */
    record SyncFailed(List<String> references, String error) implements WatchEvent {
        public String message() {
            return EngineMessages.format("sync.failed_event", String.join(", ", references), error);
        }
    }

    /** "1 image", "2 images": a console line reads as a sentence. */
    static String imageCount(int count) {
        return count == 1 ? EngineMessages.format("event.one_image") : EngineMessages.format("event.images", count);
    }

    /**
     * The HSS API the run triggers and follows its scans through ({@code batch-scan} or
     * {@code image-scan-tasks}), and why: the setting named it, or {@code auto} asked the service.
     *
     * @param offered for {@code auto}, whether the service offers the newer API; null when the setting named the API
     */
    record ApiChosen(String api, Boolean offered) implements WatchEvent {
        public String message() {
            return offered == null ? EngineMessages.format("event.api", api)
                    : EngineMessages.format(offered ? "event.api_auto_offered" : "event.api_auto_not_offered", api);
        }
    }

    /** The settings' {@code registry} is this registry of HSS's ({@code name (type id)}): the run scans its images. */
    record RegistryResolved(String registry) implements WatchEvent {
        public String message() {
            return EngineMessages.format("registry.resolved", registry);
        }
    }

    /**
     * The run's scan task was stopped (the build was aborted): HSS shows it stopped, and its
     * images' scans that had not ended end there.
     *
     * @param failedImages what the task said of the images it could not scan until then
     */
    record ScanTaskStopped(String taskId, List<String> failedImages) implements WatchEvent {
        public String message() {
            return failedImages.isEmpty() ? EngineMessages.format("event.task_stopped", taskId)
                    : EngineMessages.format("event.task_stopped_failed", taskId, String.join("; ", failedImages));
        }
    }

    /** The run's scans were not stopped, and why: they run to their end. */
    record ScanTaskNotStopped(String why) implements WatchEvent {
        public String message() {
            return EngineMessages.format("event.task_not_stopped", why);
        }
    }

    /** The targets are known, with their records from before the trigger. */
    record Resolved(int targets, List<String> notFound) implements WatchEvent {
        public String message() {
            return notFound.isEmpty() ? EngineMessages.format("event.resolved", imageCount(targets))
                    : EngineMessages.format("event.resolved_not_found", imageCount(targets), String.join(", ", notFound));
        }
    }

    /**
     * The trigger was sent. {@code state} is what to persist to resume this wait after a
     * restart (as {@link ScanRun#state()} gives it), empty for a run that does not wait; it rides
     * on the event so that a listener needs no reference to a run that may still be starting.
     */
    record Triggered(Instant at, int images, Optional<WaitSnapshot> state) implements WatchEvent {
        public String message() {
            return EngineMessages.format("event.triggered", imageCount(images));
        }
    }

    /** Progress: shown whenever a count changed; {@code total} counts the images of a selection not listed yet. */
    record Progress(int done, int total, Map<String, Integer> byStatus, Duration elapsed) implements WatchEvent {
        public String message() {
            return EngineMessages.format("event.progress", done, total, byStatus, elapsed.toSeconds());
        }
    }

    /** An image left its state from before the trigger. */
    record ImageStarted(String reference, String status) implements WatchEvent {
        public String message() {
            return EngineMessages.format("event.image_started", reference, status);
        }
    }

    /** The scan this run started ended for an image. */
    record ImageFinished(String reference, String status) implements WatchEvent {
        public String message() {
            return EngineMessages.format("event.image_finished", reference, status);
        }
    }

    /** After {@code limit} per-image lines, only scans that did not succeed are shown one by one. */
    record PerImageLinesLimited(int limit) implements WatchEvent {
        public String message() {
            return EngineMessages.format("event.per_image_lines_limited", limit);
        }
    }

    /** These images had not started scanning when the grace period ended. */
    record NotStartedWithinGrace(List<String> references, Duration grace) implements WatchEvent {
        public String message() {
            return EngineMessages.format("event.not_started_within_grace", imageCount(references.size()),
                    grace.toSeconds(), String.join(", ", references));
        }
    }

    /** HSS answered 429: every wait on this credential slows down until {@code until}. */
    record Throttled(String api, Instant until) implements WatchEvent {
        public String message() {
            return EngineMessages.format("event.throttled", api, until);
        }
    }

    /** A poll failed after the call queue's retries; what earlier polls learned is kept. */
    record PollFailed(String error) implements WatchEvent {
        public String message() {
            return EngineMessages.format("event.poll_failed", error);
        }
    }

    /**
     * The trigger may have reached HSS, but its answer was lost (a 5xx, a connection that broke):
     * it is not sent again before a listing shows whether the scans started.
     *
     * @param trigger the API's call, as the console names it (the batch scan, the scan task)
     */
    record TriggerUnconfirmed(String trigger, String error, Duration checkIn) implements WatchEvent {
        public String message() {
            return EngineMessages.format("event.trigger_unconfirmed", error, checkIn.toSeconds(), trigger);
        }
    }

    /** The check after a lost answer found scans started: the trigger reached HSS and is not sent again. */
    record TriggerConfirmed(String trigger, int started) implements WatchEvent {
        public String message() {
            return EngineMessages.format("event.trigger_confirmed", started, trigger);
        }
    }

    /** The check after a lost answer found no scan started: the trigger is sent again. */
    record TriggerResent(String trigger, int send, int limit) implements WatchEvent {
        public String message() {
            return EngineMessages.format("event.trigger_resent", send, limit, trigger);
        }
    }

    /**
     * An image's vulnerability list could not be fetched after the call queue's retries; it is
     * tried again at the next poll, until the deadline, when its counts stay unknown.
     */
    record CountsNotFetched(String reference, String error) implements WatchEvent {
        public String message() {
            return EngineMessages.format("event.counts_not_fetched", reference, error);
        }
    }

    /**
     * Every scan is over: the run reads the CVEs and CVSS scores of its images' vulnerabilities,
     * once (ListGeneralImageVuls), for its CVSS and denied-CVE thresholds.
     *
     * @param images the finished images with vulnerabilities to join
     */
    record ReadingCves(int images) implements WatchEvent {
        public String message() {
            return EngineMessages.format("event.reading_cves", images);
        }
    }

    /** ListGeneralImageVuls could not be read after the call queue's retries: the CVEs stay unknown. */
    record CvesNotRead(String error) implements WatchEvent {
        public String message() {
            return EngineMessages.format("event.cves_not_read", error);
        }
    }

    /**
     * The wait ended before every scan did.
     *
     * @param pending  the images known by name whose scan had not finished
     * @param unlisted how many more images of a counted {@code operate_all} selection no poll showed finished
     */
    record TimedOut(List<String> pending, int unlisted) implements WatchEvent {
        public String message() {
            String count = imageCount(pending.size() + unlisted);
            String names = String.join(", ", pending);
            if (unlisted == 0) {
                return EngineMessages.format("event.timed_out", count, names);
            }
            return pending.isEmpty() ? EngineMessages.format("event.timed_out_unlisted", count, unlisted)
                    : EngineMessages.format("event.timed_out_named_and_unlisted", count, names, unlisted);
        }
    }
}
