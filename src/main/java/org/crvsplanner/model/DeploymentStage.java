package org.crvsplanner.model;

/** The project stages of the documentation's "Server clusters by project". */
public enum DeploymentStage implements Choice {
    /** One qa server, no backup, and no live citizen data. */
    POC("poc"),
    /** qa, production, staging and backup, one of each. */
    PILOT("pilot"),
    /** A production cluster of 2, 3 or 5 servers, by population. */
    NATIONAL("national");

    private final String id;
    DeploymentStage(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public static DeploymentStage fromId(String id) {
        return Ids.fromId(DeploymentStage.class, values(), DeploymentStage::id, id);
    }
}
