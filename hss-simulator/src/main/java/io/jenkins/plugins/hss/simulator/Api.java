package io.jenkins.plugins.hss.simulator;

/** One simulated API, reached after the gateway has authenticated and admitted the request. */
interface Api {

    /** The response, or an {@link ApiError} thrown for a request the service refuses. */
    SimResponse handle(SimRequest request, Route route);
}
