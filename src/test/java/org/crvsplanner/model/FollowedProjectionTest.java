package org.crvsplanner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.model.InvalidInputException.Problem;
import org.crvsplanner.text.ModelWords;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A followed projection: each year of the plan takes its population and crude rates from the
 * projection, exactly, instead of a population growing at a constant rate.
 */
@DisplayName("Following a projection")
class FollowedProjectionTest {

    /** 10 million people in 2024, then 10.5M with 30 births and 8 deaths per 1,000, then 11M. */
    private static final Projection THREE_YEARS = Projection.of(2024, List.of(
            new ProjectedYear(10_000_000, 20, 10),
            new ProjectedYear(10_500_000, 30, 8),
            new ProjectedYear(11_000_000, 25, 9)));

    static SizingInputs.Builder following(Projection projection) {
        ProjectedYear first = projection.year(1);
        return SizingInputs.builder().population(first.population()).crudeBirthRate(first.crudeBirthRate())
                .crudeDeathRate(first.crudeDeathRate()).horizonYears(projection.years().size())
                .growthPercent(5).maxFillPercent(100).projection(projection);
    }

    @Test
    @DisplayName("each year's population, births and deaths come from that year of the projection, not from growth")
    void yearByYear() {
        SizingPlan plan = SizingEngine.plan(following(THREE_YEARS).build());

        // Growth is 5%, which would give 10.5M then 11.025M: the projection's 11M wins in year 3.
        assertThat(plan.years()).extracting(YearProjection::population).containsExactly(10_000_000d, 10_500_000d,
                11_000_000d);
        // 10.5M × 30 / 1,000 = 315,000 births; 10.5M × 8 / 1,000 = 84,000 deaths.
        assertThat(plan.years()).extracting(YearProjection::births).containsExactly(200_000d, 315_000d, 275_000d);
        assertThat(plan.years()).extracting(YearProjection::deaths).containsExactly(100_000d, 84_000d, 99_000d);
    }

    @Test
    @DisplayName("a horizon shorter than the projection uses its first years")
    void shorterHorizon() {
        SizingPlan plan = SizingEngine.plan(following(THREE_YEARS).horizonYears(2).build());

        assertThat(plan.years()).extracting(YearProjection::population).containsExactly(10_000_000d, 10_500_000d);
    }

    @Test
    @DisplayName("without a projection nothing changes: the constant growth applies")
    void noProjection() {
        SizingInputs constant = following(THREE_YEARS).projection(Projection.NONE).build();

        assertThat(SizingEngine.plan(constant).years()).extracting(YearProjection::population)
                .containsExactly(10_000_000d, 10_500_000d, 11_025_000d);
        assertThat(constant.followsProjection()).isFalse();
    }

    @Test
    @DisplayName("year 1 of the projection must be the population and rates the planner sees")
    void startMustMatch() {
        assertThatThrownBy(() -> following(THREE_YEARS).population(9_000_000).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(InputField.POPULATION);
                    assertThat(e.problem()).isEqualTo(Problem.PROJECTION_START);
                    assertThat(ModelWords.message(e)).isEqualTo("population must be 10,000,000, the projection's "
                            + "figure for 2024, while each year's figures follow the projection; got 9,000,000");
                });
        assertThatThrownBy(() -> following(THREE_YEARS).crudeBirthRate(21).build())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo(InputField.CRUDE_BIRTH_RATE));
        assertThatThrownBy(() -> following(THREE_YEARS).crudeDeathRate(11).build())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo(InputField.CRUDE_DEATH_RATE));
    }

    @Test
    @DisplayName("the horizon may not outlast the projection")
    void horizonWithinProjection() {
        assertThatThrownBy(() -> following(THREE_YEARS).horizonYears(4).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(ModelWords.message(e))
                        .isEqualTo("horizonYears must be at most 3 years while the figures follow the projection, "
                                + "which covers 2024 to 2026; got 4"));
    }

    @Test
    @DisplayName("a projection holds at most 50 years and starts in a plausible year")
    void projectionLimits() {
        List<ProjectedYear> years = new ArrayList<>();
        for (int i = 0; i < Projection.MAX_YEARS + 1; i++) {
            years.add(new ProjectedYear(1_000_000, 30, 8));
        }
        assertThatThrownBy(() -> Projection.of(2024, years)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Projection.of(1066, years.subList(0, 3))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Projection.of(2024, List.of())).isSameAs(Projection.NONE);
    }

    @Test
    @DisplayName("a projected figure outside its input's range is refused like the input itself")
    void projectedFiguresInRange() {
        assertThatThrownBy(() -> new ProjectedYear(1_000_000, 81, 8))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo(InputField.CRUDE_BIRTH_RATE));
    }
}
