package org.crvsplanner.model;

import java.util.List;
import java.util.Optional;

/**
 * Where a projection leaves what is physically plausible. The inputs have their ranges, but
 * growth compounds: 2 billion people growing 10% a year are 213 billion by year 50, and every
 * disk follows. Such a plan is still computed, since it is what was asked for, with advice that
 * says so.
 */
public final class Plausibility {
    /**
     * About the population of India, the most populous country, in 2024 (United Nations, World
     * Population Prospects 2024): 1.45 billion.
     */
    public static final double LARGEST_COUNTRY = 1_450_000_000d;
    /** About the world's population in 2024 (United Nations, World Population Prospects 2024): 8.2 billion. */
    public static final double WORLD = 8_200_000_000d;

    private Plausibility() {
    }

    /** Advice for the first year beyond the world's population, or else beyond the largest country's. */
    static Optional<Advisory> of(List<YearProjection> years) {
        Optional<YearProjection> world = firstAbove(years, WORLD);
        if (world.isPresent()) {
            return Optional.of(new Advisory.PopulationAboveWorld(world.get().year(), world.get().population(), WORLD));
        }
        return firstAbove(years, LARGEST_COUNTRY).map(year ->
                new Advisory.PopulationAboveLargestCountry(year.year(), year.population(), LARGEST_COUNTRY));
    }

    private static Optional<YearProjection> firstAbove(List<YearProjection> years, double limit) {
        return years.stream().filter(year -> year.population() > limit).findFirst();
    }
}
