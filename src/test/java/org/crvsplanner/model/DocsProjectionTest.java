package org.crvsplanner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/**
 * The Monte Carlo kernel's arithmetic is the engine's: for fixed inputs it gives every year's
 * figures to the last bit, over the whole input space of {@link SizingPropertiesTest}.
 */
@Label("Monte Carlo projection equals the engine")
class DocsProjectionTest {

    @Property
    @Label("the likely values give the engine's records, data and disks exactly, year by year")
    void likelyValuesGiveTheEnginesFigures(@ForAll("inputs") SizingInputs in) {
        TrialProjection projection = TrialProjection.of(in);
        double[] drawn = Inputs.WITH_RANGES.stream().mapToDouble(input -> input.get(in)).toArray();
        double[] data = new double[projection.years()];
        double[] records = new double[projection.years()];
        projection.project(drawn, data, records);

        List<YearProjection> years = SizingEngine.plan(in).years();
        assertThat(projection.years()).isEqualTo(years.size());
        for (int i = 0; i < years.size(); i++) {
            YearProjection year = years.get(i);
            String which = "year " + (i + 1);
            assertThat(records[i]).as(which + " records").isEqualTo(year.records());
            double application = projection.applicationDiskGb(i + 1, data[i]);
            double backup = projection.backupDiskGb(i + 1, data[i]);
            assertThat(application).as(which + " application disk").isEqualTo(year.applicationServerDiskGb());
            assertThat(projection.provisionedGb(application)).as(which + " provisioned")
                    .isEqualTo(year.provisionedDiskGb());
            assertThat(backup).as(which + " backup disk").isEqualTo(year.backupServerDiskGb());
            assertThat(projection.provisionedGb(backup)).as(which + " provisioned backup")
                    .isEqualTo(year.provisionedBackupDiskGb());
        }
    }

    @Property
    @Label("the estimate agrees with the exact projection within 1e-12 relative, for any drawn values")
    void estimateAgreesWithTheExactProjection(@ForAll("inputs") SizingInputs in,
            @ForAll @Size(7) List<@DoubleRange(min = 0, max = 1) Double> fractions) {
        TrialProjection projection = TrialProjection.of(in);
        double[] drawn = new double[Inputs.WITH_RANGES.size()];
        for (int s = 0; s < drawn.length; s++) {
            InputField field = Inputs.WITH_RANGES.get(s).field();
            drawn[s] = field.min() + fractions.get(s) * (field.max() - field.min());
        }
        if (in.coverageStartPercent() == 100 || in.coverageFullYear() == 1) {
            drawn[DocsProjection.COVERAGE_START] = in.coverageStartPercent();
        }
        int years = projection.years();
        double[] data = new double[years];
        double[] records = new double[years];
        projection.project(drawn, data, records);
        // The trial second in a batch of three, between the likely values and the lowest values.
        double[][] batch = new double[drawn.length][3];
        for (int s = 0; s < drawn.length; s++) {
            InputField field = Inputs.WITH_RANGES.get(s).field();
            batch[s] = new double[] {Inputs.WITH_RANGES.get(s).get(in), drawn[s], field.min()};
        }
        batch[DocsProjection.COVERAGE_START][2] = drawn[DocsProjection.COVERAGE_START];
        double[][] estimatedData = new double[years][3];
        double[][] estimatedRecords = new double[years][3];
        projection.estimate(batch, 3, estimatedData, estimatedRecords);
        for (int y = 0; y < years; y++) {
            assertThat(estimatedData[y][1]).as("year %d data", y + 1)
                    .isCloseTo(data[y], within(1e-12 * data[y] + 1e-300));
            assertThat(estimatedRecords[y][1]).as("year %d records", y + 1)
                    .isCloseTo(records[y], within(1e-12 * records[y] + 1e-300));
        }
    }

    @Property
    @Label("following a projection, the likely values give the engine's figures exactly")
    void followedLikelyValuesGiveTheEnginesFigures(@ForAll("followed") SizingInputs in) {
        likelyValuesGiveTheEnginesFigures(in);
    }

    @Property
    @Label("following a projection, the estimate is the exact projection, for any drawn values")
    void followedEstimateAgreesWithTheExactProjection(@ForAll("followed") SizingInputs in,
            @ForAll @Size(7) List<@DoubleRange(min = 0, max = 1) Double> fractions) {
        estimateAgreesWithTheExactProjection(in, fractions);
    }

    @Property
    @Label("following a projection, a trial 10% above the likely population is 10% above the projection each year")
    void followedPopulationScalesEveryYear(@ForAll("followed") SizingInputs in) {
        TrialProjection projection = TrialProjection.of(in);
        double[] drawn = Inputs.WITH_RANGES.stream().mapToDouble(input -> input.get(in)).toArray();
        drawn[DocsProjection.POPULATION] *= 1.1;
        double[] data = new double[projection.years()];
        double[] records = new double[projection.years()];
        projection.project(drawn, data, records);
        List<YearProjection> point = SizingEngine.plan(in).years();
        for (int i = 0; i < point.size(); i++) {
            double expected = point.get(i).records() - (i == 0 ? in.legacy().records() : 0);
            double actual = records[i] - (i == 0 ? in.legacy().records() : 0);
            assertThat(actual).as("year %d records without legacy", i + 1)
                    .isCloseTo(expected * 1.1, within(1e-9 * point.get(i).records() + 1e-9));
        }
    }

    @Property
    @Label("under every version's rules (overhead, monitoring, logs, encryption), the likely values give the engine's figures exactly")
    void everyVersionLikelyValuesGiveTheEnginesFigures(@ForAll("versions") SizingInputs in) {
        likelyValuesGiveTheEnginesFigures(in);
    }

    @Property
    @Label("under every version's rules, the estimate agrees with the exact projection")
    void everyVersionEstimateAgreesWithTheExactProjection(@ForAll("versions") SizingInputs in,
            @ForAll @Size(7) List<@DoubleRange(min = 0, max = 1) Double> fractions) {
        estimateAgreesWithTheExactProjection(in, fractions);
    }

    @Provide
    Arbitrary<SizingInputs> inputs() {
        return new SizingPropertiesTest().inputs();
    }

    @Provide
    Arbitrary<SizingInputs> versions() {
        return Combinators.combine(inputs(), Arbitraries.of(DocsVersion.class), Arbitraries.of(MonitoringPlace.class),
                Arbitraries.integers().between(1, 365), Arbitraries.of(true, false))
                .as((in, version, monitoring, days, encrypted) -> in.toBuilder().docsVersion(version)
                        .monitoring(monitoring).monitoringDays(days).diskEncryption(encrypted).build());
    }

    @Provide
    Arbitrary<SizingInputs> followed() {
        return Combinators.combine(inputs(), new FollowedProjectionPropertiesTest().projections())
                .as((in, projection) -> {
                    ProjectedYear first = projection.year(1);
                    int horizon = Math.min(in.horizonYears(), projection.years().size());
                    int fullYear = Math.min(in.coverageFullYear(), horizon);
                    // A ramp needs two years at least; a one-year plan covers everyone from the start.
                    double start = fullYear == 1 ? 100 : in.coverageStartPercent();
                    return in.toBuilder().population(first.population()).crudeBirthRate(first.crudeBirthRate())
                            .crudeDeathRate(first.crudeDeathRate()).projection(projection).horizonYears(horizon)
                            .coverageFullYear(fullYear).coverageStartPercent(start).build();
                });
    }
}
