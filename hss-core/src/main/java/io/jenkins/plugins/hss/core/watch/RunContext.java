package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.model.ScanSettings;

/** What every part of one run works with. */
record RunContext(ScanSettings settings, SharedPoller poller, WatchListener listener, RunRequests requests) {
}
