package org.crvsplanner.model;

/** What the OS reserve of a version's disk formula is made of; the words are in the text package. */
public enum OsReservePart {
    /** v1.8 to v2.0: one figure for the operating system and container images. */
    OPERATING_SYSTEM("operatingSystem"),
    /** v2.1: the base operating system. */
    BASE_OS("baseOs"),
    /** v2.1: Kubernetes and the container images. */
    KUBERNETES_AND_IMAGES("kubernetesAndImages"),
    /** v2.1: free space so that updates run without filling the disk. */
    FREE_FOR_UPDATES("freeForUpdates");

    private final String key;

    OsReservePart(String key) {
        this.key = key;
    }

    /** Its camelCase name, under which the text package keeps its words. */
    public String key() {
        return key;
    }
}
