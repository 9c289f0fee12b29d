package org.crvsplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.text.Wording;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestedFileNameTest {

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '#', value = {
        "Pilot Freedonia#Pilot Freedonia 2026-11-25.xlsx",
        "  a/b\\\\c:d*e?f\"g<h>i|j  #a b c d e f g h i j 2026-11-25.xlsx",
        "...hidden...#hidden 2026-11-25.xlsx",
        "''#OpenCRVS server plan 2026-11-25.xlsx",
        "???#OpenCRVS server plan 2026-11-25.xlsx",
    })
    @DisplayName("a file name from the scenario name and the date, safe on every system")
    void suggested(String name, String expected) {
        assertThat(ProcurementWorkbook.suggestedFileName(name, LocalDate.of(2026, 11, 25))).isEqualTo(expected);
    }

    @Test
    @DisplayName("a plan without a name is named in the workbook's language")
    void namelessInFrench() {
        LocalDate date = LocalDate.of(2026, 11, 25);
        assertThat(ProcurementWorkbook.suggestedFileName("  ", date, Wording.FRENCH))
                .isEqualTo("Plan des serveurs OpenCRVS 2026-11-25.xlsx");
        assertThat(ProcurementWorkbook.suggestedFileName("Pilote", date, Wording.FRENCH)).isEqualTo("Pilote 2026-11-25.xlsx");
        WorkbookContent untitled = TestPlans.content(SizingPlan.of(TestPlans.poc()));
        assertThat(new WorkbookContent(untitled.plan(), "", "", date, "test", "").displayName(Wording.FRENCH))
                .isEqualTo("Plan sans titre");
    }
}
