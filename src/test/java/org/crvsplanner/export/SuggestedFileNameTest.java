package org.crvsplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
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
}
