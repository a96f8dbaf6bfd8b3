package io.jenkins.plugins.hss.core.budget;

import java.io.IOException;

/** One request to HSS, made when the API's budget admits it. */
@FunctionalInterface
public interface ApiCall<T> {

    T call() throws IOException;
}
