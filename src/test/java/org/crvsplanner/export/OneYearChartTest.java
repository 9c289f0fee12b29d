package org.crvsplanner.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.text.Wording;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;

/**
 * A one-year horizon, the documentation's example, draws a chart a person can read (issue 13,
 * point 4): a line of one point drew nothing, so one year is three labelled columns.
 */
class OneYearChartTest {
    private static CTPlotArea plotArea(SizingPlan plan) throws Exception {
        try (XSSFWorkbook workbook = PlanSheets.open(ProcurementWorkbook.toBytes(TestPlans.content(plan),
                Wording.ENGLISH))) {
            List<XSSFChart> charts = workbook.getSheet("Disk growth").getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            return (CTPlotArea) charts.get(0).getCTChart().getPlotArea().copy();
        }
    }

    @Test
    @DisplayName("one year: three columns, each with its figure written on it")
    void oneYearIsColumns() throws Exception {
        SizingPlan plan = SizingPlan.of(SizingInputs.docsExample());
        CTPlotArea area = plotArea(plan);
        assertThat(area.getLineChartList()).isEmpty();
        assertThat(area.getBarChartList()).hasSize(1);
        List<CTBarSer> columns = area.getBarChartArray(0).getSerList();
        assertThat(columns).hasSize(3);
        for (CTBarSer column : columns) {
            assertThat(column.getDLbls().getShowVal().getVal()).as("the figure on the column").isTrue();
            assertThat(column.getSpPr().isSetSolidFill()).as("an explicit colour").isTrue();
        }
        double backup = Double.parseDouble(columns.get(2).getVal().getNumRef().getNumCache().getPtArray(0).getV());
        assertThat(backup).isCloseTo(plan.firstYear().backupServerDiskGb(), within(0.01));
    }

    @Test
    @DisplayName("more years keep the line chart")
    void yearsAreLines() throws Exception {
        CTPlotArea area = plotArea(SizingPlan.of(SizingInputs.defaults()));
        assertThat(area.getBarChartList()).isEmpty();
        assertThat(area.getLineChartList()).hasSize(1);
    }
}
