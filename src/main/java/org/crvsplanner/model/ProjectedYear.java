package org.crvsplanner.model;

/**
 * One calendar year of a population projection: the people alive on 1 July and the crude rates
 * of that year, as a statistics office or the UN World Population Prospects publish them.
 *
 * @param population people, a whole number within {@link InputField#POPULATION}'s range
 * @param crudeBirthRate births per 1,000 people within {@link InputField#CRUDE_BIRTH_RATE}'s range
 * @param crudeDeathRate deaths per 1,000 people within {@link InputField#CRUDE_DEATH_RATE}'s range
 */
public record ProjectedYear(long population, double crudeBirthRate, double crudeDeathRate) {

    /** @throws InvalidInputException naming the figure that lies outside its input's range */
    public ProjectedYear {
        InputField.POPULATION.check(population);
        InputField.CRUDE_BIRTH_RATE.check(crudeBirthRate);
        InputField.CRUDE_DEATH_RATE.check(crudeDeathRate);
    }
}
