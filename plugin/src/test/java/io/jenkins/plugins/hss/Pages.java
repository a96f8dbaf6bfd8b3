package io.jenkins.plugins.hss;

import java.net.URL;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlPage;
import org.jvnet.hudson.test.JenkinsRule;

/** Pages of the test's Jenkins as a browser gets them, by their path below the root URL. */
final class Pages {

    private Pages() {}

    static HtmlPage get(JenkinsRule r, String path) throws Exception {
        return r.createWebClient().getPage(new WebRequest(new URL(r.getURL(), path)));
    }

    /** The HTML as sent, before any script ran. */
    static String html(JenkinsRule r, String path) throws Exception {
        return get(r, path).getWebResponse().getContentAsString();
    }
}
