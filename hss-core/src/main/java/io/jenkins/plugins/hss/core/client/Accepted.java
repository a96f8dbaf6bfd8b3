package io.jenkins.plugins.hss.core.client;

import java.time.Instant;

/**
 * HSS took a call that changes state (a scan or sync task, a stop): it answers 200 with no
 * fields, so this is all there is to know of it. The scan task's answer has no task id: the
 * service's clock when it answered is what finds the task in ListImageScanTask (docs/client.md).
 *
 * @param serverDate the response's {@code Date}, to whole seconds; null when absent
 * @param requestId  the {@code X-Request-Id}, null when absent
 */
public record Accepted(Instant serverDate, String requestId) {
}
