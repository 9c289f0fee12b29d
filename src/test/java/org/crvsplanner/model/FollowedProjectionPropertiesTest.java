package org.crvsplanner.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

@Label("Following a projection, for any projection")
class FollowedProjectionPropertiesTest {

    @Property
    @Label("for any projection, every year's population and rates are exactly the projection's")
    void followsExactly(@ForAll("projections") Projection projection) {
        SizingPlan plan = SizingEngine.plan(FollowedProjectionTest.following(projection).build());

        for (int y = 1; y <= projection.years().size(); y++) {
            ProjectedYear expected = projection.year(y);
            YearProjection year = plan.years().get(y - 1);
            assertThat(year.population()).isEqualTo((double) expected.population());
            assertThat(year.births()).isEqualTo(expected.population() * 100d / 100 * expected.crudeBirthRate() / 1000);
            assertThat(year.deaths()).isEqualTo(expected.population() * 100d / 100 * expected.crudeDeathRate() / 1000);
        }
    }

    @Provide
    Arbitrary<Projection> projections() {
        Arbitrary<ProjectedYear> year = Combinators.combine(
                Arbitraries.longs().between(1, 2_000_000_000L),
                Arbitraries.doubles().between(0, 80).ofScale(3),
                Arbitraries.doubles().between(0, 50).ofScale(3)).as(ProjectedYear::new);
        return Combinators.combine(Arbitraries.integers().between(1950, 2100),
                year.list().ofMinSize(1).ofMaxSize(Projection.MAX_YEARS)).as(Projection::of);
    }
}
