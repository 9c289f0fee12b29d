package org.crvsplanner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The Monte Carlo kernel's arithmetic is the engine's: for fixed inputs it gives every year's
 * figures to the last bit, over the whole input space of {@link SizingPropertiesTest}.
 */
@Label("Monte Carlo projection equals the engine")
class DocsProjectionTest {

    @Property
    @Label("the likely values give the engine's records, data and disks exactly, year by year")
    void likelyValuesGiveTheEnginesFigures(@ForAll("inputs") SizingInputs in) {
        Projection projection = Projection.of(in);
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
            double application = projection.applicationDiskGb(data[i]);
            double backup = projection.backupDiskGb(data[i]);
            assertThat(application).as(which + " application disk").isEqualTo(year.applicationServerDiskGb());
            assertThat(projection.provisionedGb(application)).as(which + " provisioned")
                    .isEqualTo(year.provisionedDiskGb());
            assertThat(backup).as(which + " backup disk").isEqualTo(year.backupServerDiskGb());
            assertThat(projection.provisionedGb(backup)).as(which + " provisioned backup")
                    .isEqualTo(year.provisionedBackupDiskGb());
        }
    }

    @Provide
    Arbitrary<SizingInputs> inputs() {
        return new SizingPropertiesTest().inputs();
    }
}
