package io.jenkins.plugins.hss.core.watch;

import java.io.IOException;

/** One request to HSS, made when the API's budget admits it. */
@FunctionalInterface
interface ApiCall<T> {

    T call() throws IOException;
}
