package io.jenkins.plugins.hss.simulator;

/** Who made an authenticated request: the user the rate limit counts against. */
record Principal(String name) {

    static Principal ofAccessKey(String accessKey) {
        return new Principal("ak:" + accessKey);
    }

    static Principal ofUser(IamUser user) {
        return new Principal("user:" + user.domain() + "/" + user.name());
    }
}
