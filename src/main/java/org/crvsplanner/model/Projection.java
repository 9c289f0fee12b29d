package org.crvsplanner.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

import org.crvsplanner.model.InvalidInputException.Problem;

/**
 * The population and crude rates of each year of the horizon, instead of one population growing
 * at a constant rate with constant rates: a projection such as the UN World Population Prospects'.
 * Year 1 of the plan is {@link #firstYear()}; the engine reads year {@code y} from
 * {@code years().get(y - 1)}.
 *
 * @param firstYear the calendar year of the first entry, such as 2024; 0 for {@link #NONE}
 * @param years one entry per calendar year from {@code firstYear}, at most
 *        {@link #MAX_YEARS}; empty for {@link #NONE}
 */
public record Projection(int firstYear, List<ProjectedYear> years) {
    /** As many years as the longest planning horizon. */
    public static final int MAX_YEARS = (int) InputField.HORIZON_YEARS.max();
    /** No projection: the population grows at the constant growth rate. */
    public static final Projection NONE = new Projection(0, List.of());

    /** The calendar years a projection may start in: files that say otherwise are refused before. */
    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2200;

    /**
     * @throws IllegalArgumentException when there are more than {@link #MAX_YEARS} years or the
     *         first year lies outside {@link #EARLIEST_YEAR}–{@link #LATEST_YEAR}; readers of files
     *         check both first, with messages of their own
     */
    public Projection {
        years = List.copyOf(requireNonNull(years, "years"));
        if (years.isEmpty() ? firstYear != 0 : firstYear < EARLIEST_YEAR || firstYear > LATEST_YEAR) {
            throw new IllegalArgumentException("a projection cannot start in " + firstYear);
        }
        if (years.size() > MAX_YEARS) {
            throw new IllegalArgumentException("a projection holds at most " + MAX_YEARS + " years; got "
                    + years.size());
        }
    }

    public static Projection of(int firstYear, List<ProjectedYear> years) {
        return years.isEmpty() ? NONE : new Projection(firstYear, years);
    }

    public boolean isEmpty() {
        return years.isEmpty();
    }

    /** The figures of year {@code year} of the plan, counted from 1. */
    public ProjectedYear year(int year) {
        return years.get(year - 1);
    }

    /** The calendar year of the last entry; the first year less one when empty. */
    public int lastYear() {
        return firstYear + years.size() - 1;
    }

    /** The calendar year of year {@code year} of the plan, counted from 1. */
    public int calendarYear(int year) {
        return firstYear + year - 1;
    }

    /**
     * Year 1 of a followed projection is the population and rates the planner sees, so the inputs
     * never disagree with the figures the engine uses; and the projection must last the horizon.
     */
    void check(long population, double birthRate, double deathRate, int horizonYears) {
        ProjectedYear first = year(1);
        String year = Integer.toString(firstYear);
        if (first.population() != population) {
            throw InvalidInputException.of(InputField.POPULATION, Problem.PROJECTION_START, first.population(), year,
                    population);
        }
        if (Double.compare(first.crudeBirthRate(), birthRate) != 0) {
            throw InvalidInputException.of(InputField.CRUDE_BIRTH_RATE, Problem.PROJECTION_START,
                    first.crudeBirthRate(), year, birthRate);
        }
        if (Double.compare(first.crudeDeathRate(), deathRate) != 0) {
            throw InvalidInputException.of(InputField.CRUDE_DEATH_RATE, Problem.PROJECTION_START,
                    first.crudeDeathRate(), year, deathRate);
        }
        if (years.size() < horizonYears) {
            throw InvalidInputException.of(InputField.HORIZON_YEARS, Problem.PROJECTION_SHORT,
                    years.size(), year, Integer.toString(lastYear()), horizonYears);
        }
    }
}
