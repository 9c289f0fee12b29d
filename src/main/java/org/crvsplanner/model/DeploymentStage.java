package org.crvsplanner.model;

/** The project stages of the documentation's "Server clusters by project". */
public enum DeploymentStage {
    /** One qa server, no backup, and no live citizen data. */
    POC("poc", "POC"),
    /** qa, production, staging and backup, one of each. */
    PILOT("pilot", "Pilot"),
    /** A production cluster of 2, 3 or 5 servers, by population. */
    NATIONAL("national", "National");

    private final String id;
    private final String label;

    DeploymentStage(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static DeploymentStage fromId(String id) {
        return Ids.fromId(DeploymentStage.class, values(), DeploymentStage::id, id);
    }
}
