package org.crvsplanner.model;

/**
 * Where the monitoring and logging data of OpenCRVS v2.x are kept. By default OpenCRVS keeps them
 * in {@code /data} on the server that holds the citizen data; a dedicated disk, another
 * Elasticsearch or a hosted service keep them elsewhere.
 */
public enum MonitoringPlace implements Choice {
    /** In {@code /data} beside the citizen data: OpenCRVS's default. */
    THIS_SERVER("this-server"),
    /** Off this server, as the v2.1 worked example assumes: they need no disk here. */
    ELSEWHERE("elsewhere");

    private final String id;

    MonitoringPlace(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public static MonitoringPlace fromId(String id) {
        return Ids.fromId(MonitoringPlace.class, values(), MonitoringPlace::id, id);
    }
}
