package org.crvsplanner.model;

/**
 * The server environments of the OpenCRVS documentation. Their minimum specifications depend on
 * the documentation's version: see {@link RuleSet#spec(Environment)}.
 */
public enum Environment {
    QA("qa"),
    PRODUCTION("production"),
    STAGING("staging"),
    BACKUP("backup"),
    DEVELOPMENT("development");

    /** The only operating system every version of the documentation specifies; x86_64 only. */
    public static final String OS = "Ubuntu 24.04 LTS x64";

    private final String id;

    Environment(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
