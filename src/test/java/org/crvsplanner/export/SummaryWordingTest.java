package org.crvsplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.model.BackupPolicy;
import org.crvsplanner.model.BackupRule;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.text.Wording;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Summary's sentences agree with their figures, in English and French. */
class SummaryWordingTest {

    private static PlanSheets summaryOf(SizingInputs inputs, Wording wording) {
        XSSFWorkbook workbook = ProcurementWorkbook.build(TestPlans.content(SizingPlan.of(inputs)), wording);
        PlanSheets.recalculateFromScratch(workbook);
        return new PlanSheets(workbook, wording);
    }

    @Test
    @DisplayName("a pilot's one production server is one server, not '1 production servers'")
    void pilotInTheSingular() {
        assertThat(summaryOf(TestPlans.pilot(), Wording.ENGLISH).summaryList("When the production cluster must grow"))
                .containsExactly("No growth: 1 production server from year 1 to the horizon");
        assertThat(summaryOf(TestPlans.pilot(), Wording.FRENCH)
                .summaryList("Quand le cluster de production doit grandir"))
                .containsExactly("Pas de croissance : 1 serveur de production de l'année 1 à l'horizon");
        assertThat(summaryOf(SizingInputs.defaults(), Wording.ENGLISH).summaryList("When the production cluster must grow"))
                .containsExactly("No growth: 3 production servers from year 1 to the horizon");
    }

    @Test
    @DisplayName("each key figure's label, a formula, has a row tall enough for it in French")
    void keyFigureLabelsFit() {
        XSSFWorkbook workbook = ProcurementWorkbook.build(TestPlans.content(SizingPlan.of(TestPlans.everything())),
                Wording.FRENCH);
        var sheet = workbook.getSheetAt(0);
        int width = sheet.getColumnWidth(0) / 256;
        for (SummarySheet.KeyFigure figure : SummarySheet.KeyFigure.values()) {
            var row = sheet.getRow(figure.row());
            String label = PlanSheets.text(row.getCell(0));
            int lines = (int) Math.ceil(label.length() / (width * 0.85));
            assertThat(row.getHeightInPoints()).as(label).isGreaterThanOrEqualTo(lines * 15f);
        }
    }

    @Test
    @DisplayName("38 copies under the 2× rule are not called OpenCRVS's default")
    void backupDefaultStatedRight() {
        SizingInputs inputs = SizingInputs.builder().backup(BackupPolicy.of(BackupRule.DOUBLE, 38)).build();
        assertThat(summaryOf(inputs, Wording.ENGLISH).summaryList("Advice from the OpenCRVS documentation"))
                .anySatisfy(line -> assertThat(line).contains("keeping 38 full copies needs")
                        .endsWith("(OpenCRVS's backup job keeps 7 by default)."));
    }
}
