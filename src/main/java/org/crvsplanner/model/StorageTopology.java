package org.crvsplanner.model;

/** Which production servers hold the registration data. */
public enum StorageTopology implements Choice {
    /** Every production server holds all the data: the documentation's reading. */
    EVERY_NODE("every-node"),
    /**
     * OpenCRVS's deploy files pin the stateful services to one data node; the other production
     * servers need only the OS reserve.
     */
    DATA_NODE("data-node");

    private final String id;

    StorageTopology(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public static StorageTopology fromId(String id) {
        return Ids.fromId(StorageTopology.class, values(), StorageTopology::id, id);
    }
}
