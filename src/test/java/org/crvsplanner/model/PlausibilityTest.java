package org.crvsplanner.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Valid inputs can compound into populations no country has; the plan says so. */
class PlausibilityTest {

    @Test
    @DisplayName("2 billion people growing 10% a year pass the world's population in year 16; the plan says so first")
    void beyondTheWorld() {
        SizingPlan plan = SizingPlan.of(SizingInputs.builder().population(2_000_000_000).growthPercent(10)
                .horizonYears(50).build());
        assertThat(plan.years().get(49).population()).isGreaterThan(2e11);
        Advisory first = plan.advisories().get(0);
        assertThat(first).isInstanceOf(Advisory.PopulationAboveWorld.class);
        Advisory.PopulationAboveWorld world = (Advisory.PopulationAboveWorld) first;
        assertThat(world.year()).isEqualTo(16);
        assertThat(plan.years().get(14).population()).isLessThanOrEqualTo(Plausibility.WORLD);
        assertThat(plan.years().get(15).population()).isGreaterThan(Plausibility.WORLD);
        assertThat(plan.advisories()).noneMatch(Advisory.PopulationAboveLargestCountry.class::isInstance);
        assertThat(ModelWords.advice(first, Wording.ENGLISH)).startsWith("In year 16 the projected population, "
                + "8,354,496,339 people, is more than the whole world has today (about 8,200,000,000)");
        assertThat(ModelWords.advice(first, Wording.FRENCH)).startsWith("L'année 16, la population projetée, "
                + "8\u202F354\u202F496\u202F339 habitants");
    }

    @Test
    @DisplayName("beyond today's largest country, but not the world, gets the milder advice, from the first such year")
    void beyondTheLargestCountry() {
        SizingPlan plan = SizingPlan.of(SizingInputs.builder().population(1_400_000_000).growthPercent(1)
                .horizonYears(10).build());
        assertThat(plan.advisories()).filteredOn(Advisory.PopulationAboveLargestCountry.class::isInstance)
                .singleElement().satisfies(a -> assertThat(((Advisory.PopulationAboveLargestCountry) a).year())
                        .isEqualTo(5));
        assertThat(SizingPlan.of(SizingInputs.builder().population(2_000_000_000).build()).advisories())
                .anyMatch(Advisory.PopulationAboveLargestCountry.class::isInstance);
    }

    @Test
    @DisplayName("real countries get no such advice: the documentation's example, and a large country shrinking")
    void plausiblePlans() {
        assertThat(SizingPlan.of(SizingInputs.defaults()).advisories())
                .noneMatch(a -> a instanceof Advisory.PopulationAboveLargestCountry
                        || a instanceof Advisory.PopulationAboveWorld);
        assertThat(SizingPlan.of(SizingInputs.builder().population(1_440_000_000).growthPercent(-1).horizonYears(50)
                .build()).advisories())
                .noneMatch(a -> a instanceof Advisory.PopulationAboveLargestCountry
                        || a instanceof Advisory.PopulationAboveWorld);
    }
}
