package org.crvsplanner.model;

/** Who published a country's figures. */
public enum Publisher implements Choice {
    /** World Bank Open Data: one indicator a file, past years only. */
    WORLD_BANK("world-bank"),
    /** UN World Population Prospects: estimates, then projections with variants. */
    UN_WPP("un-wpp");

    private final String id;

    Publisher(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public static Publisher fromId(String id) {
        return Ids.fromId(Publisher.class, values(), Publisher::id, id);
    }
}
