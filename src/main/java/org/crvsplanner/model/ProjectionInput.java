package org.crvsplanner.model;

/**
 * The year-by-year population and rates that replace the constant rates when a projection is
 * followed ({@link Projection}). It has no flag and no slider of its own: it comes from a country
 * figures file, and scenario files record it.
 */
public record ProjectionInput(String key) implements Input {

    public Projection get(SizingInputs in) {
        return in.projection();
    }

    public void set(SizingInputs.Builder to, Projection projection) {
        to.projection(projection);
    }

    @Override
    public boolean everyday() {
        return false;
    }
}
