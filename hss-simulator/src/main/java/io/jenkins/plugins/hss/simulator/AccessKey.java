package io.jenkins.plugins.hss.simulator;

import java.util.Objects;

/** An AK/SK pair; temporary ones also carry the security token that must come with each request. */
record AccessKey(String accessKey, String secretKey, String securityToken) {

    AccessKey {
        Objects.requireNonNull(accessKey, "accessKey");
        Objects.requireNonNull(secretKey, "secretKey");
    }

    @Override
    public String toString() {
        return "AccessKey[" + accessKey + "]";
    }
}
