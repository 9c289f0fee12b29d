package org.crvsplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.ui.base.WorkingStep;
import org.crvsplanner.ui.chart.DiskChartData;
import org.crvsplanner.ui.chart.DiskChartViewModel;
import org.crvsplanner.ui.inputs.SliderScale;
import org.crvsplanner.ui.plan.PlanViewModel;
import org.crvsplanner.ui.plan.ServerRow;
import org.crvsplanner.ui.working.WorkingViewModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javafx.beans.property.SimpleObjectProperty;

/** The ViewModels that turn a plan into what the window shows. */
class PresentationTest {

    private static SimpleObjectProperty<SizingPlan> plan(SizingInputs inputs) {
        return new SimpleObjectProperty<>(SizingEngine.plan(inputs));
    }

    @Test
    @DisplayName("the Operations section says the year the backup misses the window, and follows a faster link")
    void operations() {
        // 101, 202 and 303 GB after years 1 to 3, whole each night, in 24 hours at 10 Mbps.
        SimpleObjectProperty<SizingPlan> plan = plan(SizingInputs.builder().population(1_000_000).crudeBirthRate(10)
                .crudeDeathRate(0).attachmentsPerRecord(1).mbPerAttachment(10).kbPerRecord(100).horizonYears(3)
                .linkSharePercent(100).backupWindowHours(24).build());
        PlanViewModel model = new PlanViewModel(plan);
        assertThat(model.operations().get(1)).isEqualTo("The backup misses the window from year 2: staging is no "
                + "longer a day old. A 29 Mbps link fits every night of the horizon.");
        assertThat(model.backupOverWindowProperty().get()).isTrue();
        assertThat(model.operations()).contains("Year 1: 101.00 GB a night, 22 h to the backup site, 22 h on to staging.");

        plan.set(SizingEngine.plan(plan.get().inputs().toBuilder().linkMbps(29).build()));
        assertThat(model.operations().get(1)).isEqualTo("Every night of the horizon fits the window; 29 Mbps would be "
                + "enough.");
        assertThat(model.backupOverWindowProperty().get()).isFalse();
    }

    @Test
    @DisplayName("the server list ends with a total row that adds up")
    void serverRows() {
        PlanViewModel model = new PlanViewModel(plan(SizingInputs.docsExample()));
        List<ServerRow> rows = model.serverRows();
        assertThat(rows).extracting(r -> r.environment().get())
                .containsExactly("qa", "production", "staging", "backup", "Total");
        assertThat(rows.get(1).count().get()).isEqualTo("3");
        assertThat(rows.get(1).disk().get()).isEqualTo("1,013.71 GB");
        ServerRow total = rows.get(4);
        assertThat(total.total()).isTrue();
        assertThat(total.count().get()).isEqualTo("6");
        assertThat(total.cpus().get()).isEqualTo(Integer.toString(4 + 3 * 8 + 8 + 2));
        // 320 + 4 × 1013.7109501 + 2027.4219002
        assertThat(total.disk().get()).isEqualTo("6,402.27 GB");
    }

    @Test
    @DisplayName("the chart stays in GB past 10,000 GB, as the cards, and marks the years the cluster grows")
    void chart() {
        DiskChartData small = new DiskChartViewModel(plan(SizingInputs.docsExample())).dataProperty().get();
        assertThat(small.unit()).isEqualTo("GB");
        assertThat(small.required()[0]).isCloseTo(1013.7109501, within(1e-9));

        SizingInputs growing = SizingInputs.builder().population(58_000_000).growthPercent(2).horizonYears(10).build();
        DiskChartData large = new DiskChartViewModel(plan(growing)).dataProperty().get();
        assertThat(large.unit()).isEqualTo("GB");
        SizingPlan expected = SizingEngine.plan(growing);
        assertThat(expected.horizonYear().backupServerDiskGb()).isGreaterThan(10_000);
        assertThat(large.backup()[9]).isCloseTo(expected.horizonYear().backupServerDiskGb(), within(1e-9));
        // The cluster grows in year 3; at 10 Mbps the nightly backup misses its half hour from year 1.
        assertThat(large.markers()).containsExactly(new DiskChartData.GrowthMarker(3, "3 → 5 servers", true),
                new DiskChartData.GrowthMarker(1, "Backup misses the night", false));
        DiskChartData fastLink = new DiskChartViewModel(plan(growing.toBuilder().linkMbps(100_000).backupWindowHours(24).build()))
                .dataProperty().get();
        assertThat(fastLink.markers()).containsExactly(new DiskChartData.GrowthMarker(3, "3 → 5 servers", true));
    }

    @Test
    @DisplayName("the disk axis ends at a round figure above the largest value")
    void axisTop() {
        DiskChartData data = new DiskChartViewModel(plan(SizingInputs.docsExample())).dataProperty().get();
        // The backup, 2,027.42 GB, is the largest figure: the next round bound is 2,500.
        assertThat(data.axisTop()).isEqualTo(2500);
        assertThat(data.axisStep()).isEqualTo(500);
        SizingInputs inputs = SizingInputs.builder().horizonYears(50).build();
        DiskChartData large = new DiskChartViewModel(plan(inputs)).dataProperty().get();
        double largest = SizingEngine.plan(inputs).horizonYear().backupServerDiskGb();
        assertThat(large.axisTop()).isGreaterThanOrEqualTo(largest).isLessThan(largest * 1.5);
    }

    @Test
    @DisplayName("the working writes out the documentation's example step by step")
    void working() {
        List<WorkingStep> steps = new WorkingViewModel(plan(SizingInputs.docsExample())).stepsProperty().get();
        assertThat(steps).extracting(WorkingStep::result).contains("518,970", "231,000", "749,970",
                "899,964 MB = 899.96 GB", "13,746,950.1 kB = 13.75 GB", "100.00 GB", "1,013.71 GB", "2,027.42 GB");
        assertThat(steps).extracting(WorkingStep::formula).contains("30,000,000 × 17.299 / 1,000",
                "749,970 × 3 × 0.4 MB", "749,970 × 18.33 kB");
    }

    @Test
    @DisplayName("a log slider snaps dragged populations to three significant figures")
    void logScale() {
        SliderScale scale = SliderScale.logarithmic(10_000, 2_000_000_000);
        assertThat(scale.toValue(scale.toPosition(30_183_402))).isEqualTo(30_200_000);
        assertThat(scale.toValue(scale.minPosition())).isEqualTo(10_000);
        assertThat(scale.toValue(scale.maxPosition())).isEqualTo(2_000_000_000);
        assertThat(scale.toPosition(500)).isEqualTo(scale.minPosition());
    }

    @Test
    @DisplayName("a linear slider snaps to its step without binary noise")
    void linearScale() {
        SliderScale scale = SliderScale.linear(0, 80, 0.1);
        assertThat(scale.toValue(17.2938)).isEqualTo(17.3);
        assertThat(scale.toValue(95)).isEqualTo(80);
    }
}
