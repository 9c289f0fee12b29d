package org.crvsplanner.model;

/** What a group of servers does within its environment. */
public enum ServerRole {
    TESTING_AND_TRAINING("testingAndTraining"),
    APPLICATION_AND_DATA("applicationAndData"),
    DATA_NODE("dataNode"),
    APPLICATION_NODE("applicationNode"),
    PRE_PRODUCTION_MIRROR("preProductionMirror"),
    ENCRYPTED_BACKUPS("encryptedBackups"),
    DEVELOPMENT_ONLY("developmentOnly");

    private final String key;

    ServerRole(String key) {
        this.key = key;
    }

    /** Its camelCase name, under which the text package keeps its words. */
    public String key() {
        return key;
    }
}
