package io.jenkins.plugins.hss.simulator;

/**
 * Requests one API has received (every one, refused or not) and how many of them were answered
 * 429, by the rate limiter or by an injected fault.
 */
public record EndpointStats(long received, long throttled) {
}
