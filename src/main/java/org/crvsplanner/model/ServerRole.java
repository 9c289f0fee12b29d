package org.crvsplanner.model;

/** What a group of servers does within its environment. */
public enum ServerRole {
    TESTING_AND_TRAINING("testing and training"),
    APPLICATION_AND_DATA("application and data"),
    DATA_NODE("data node"),
    APPLICATION_NODE("application node"),
    PRE_PRODUCTION_MIRROR("pre-production mirror"),
    ENCRYPTED_BACKUPS("encrypted backups"),
    DEVELOPMENT_ONLY("training and development, not for production");

    private final String label;

    ServerRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
