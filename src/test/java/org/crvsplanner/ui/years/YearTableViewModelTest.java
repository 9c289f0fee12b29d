package org.crvsplanner.ui.years;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.YearProjection;
import org.crvsplanner.text.Language;
import org.crvsplanner.ui.i18n.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javafx.beans.property.SimpleObjectProperty;

/** Issue 13, point 10: the window's year-by-year table, and the text it copies for a spreadsheet. */
class YearTableViewModelTest {
    /** The tie: a backup of exactly 15,429.125 GB in the horizon year. */
    private static final SizingInputs TIE = SizingInputs.defaults().toBuilder()
            .population(50_000_000).crudeBirthRate(17.5).crudeDeathRate(7.5).build();
    private final SimpleObjectProperty<SizingPlan> plan = new SimpleObjectProperty<>(SizingEngine.plan(TIE));

    @AfterEach
    void english() {
        I18n.setLanguage(Language.ENGLISH);
    }

    @Test
    @DisplayName("one row a year, with the figures the command line lists, rounded as everywhere else")
    void rows() {
        YearTableViewModel model = new YearTableViewModel(plan);
        YearTableViewModel.Table table = model.tableProperty().get();
        assertThat(table.headings()).containsExactly("Year", "Population", "Coverage", "Births", "Deaths", "Records",
                "Record data", "Attachments", "Required disk", "Provisioned disk", "Backup disk", "Production servers");
        List<YearProjection> years = plan.get().years();
        assertThat(table.rows()).hasSize(years.size());
        List<String> last = table.rows().get(years.size() - 1);
        assertThat(last.get(0)).isEqualTo(Integer.toString(years.get(years.size() - 1).year()));
        assertThat(last.get(10)).isEqualTo("15,429.13 GB");
        assertThat(last.get(2)).endsWith("%");
    }

    @Test
    @DisplayName("the table follows the plan, and other events and legacy records add their columns")
    void followsThePlan() {
        YearTableViewModel model = new YearTableViewModel(plan);
        plan.set(SizingEngine.plan(TIE.toBuilder().horizonYears(3).legacyRecords(2_000_000).build()));
        YearTableViewModel.Table table = model.tableProperty().get();
        assertThat(table.rows()).hasSize(3);
        assertThat(table.headings()).contains("Legacy records").doesNotContain("Other events");
        assertThat(table.rows().get(0).get(table.headings().indexOf("Legacy records"))).isEqualTo("2,000,000");
    }

    @Test
    @DisplayName("copied text is tab-separated, units in the headings, numbers a spreadsheet reads")
    void tabSeparatedEnglish() {
        plan.set(SizingEngine.plan(TIE.toBuilder().horizonYears(2).build()));
        String text = new YearTableViewModel(plan).tabSeparated();
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(String.join("\t", "Year", "Population", "Coverage (%)", "Births", "Deaths",
                "Records", "Record data (GB)", "Attachments (GB)", "Required disk (GB)", "Provisioned disk (GB)",
                "Backup disk (GB)", "Production servers"));
        YearProjection first = plan.get().years().get(0);
        String[] cells = lines.get(1).split("\t", -1);
        assertThat(cells).hasSize(12);
        assertThat(cells[0]).isEqualTo("1");
        assertThat(cells[1]).isEqualTo(Long.toString(Math.round(first.population())));
        assertThat(Double.parseDouble(cells[8])).isEqualTo(first.applicationServerDiskGb(), org.assertj.core.api.Assertions.within(0.005));
        assertThat(cells[8]).matches("\\d+\\.\\d\\d");
        assertThat(text).doesNotContain(",").endsWith("\n");
    }

    @Test
    @DisplayName("in French the headings and decimal commas are French, without thousands spaces")
    void tabSeparatedFrench() {
        I18n.setLanguage(Language.FRENCH);
        YearTableViewModel model = new YearTableViewModel(plan);
        String text = model.tabSeparated();
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("Année\tPopulation\tCouverture (%)")
                .contains("Disque de sauvegarde (Go)");
        assertThat(text).contains("\t15429,13\t").doesNotContain("\u202F").doesNotContain("\u00A0");
        List<String> last = model.tableProperty().get().rows().get(plan.get().years().size() - 1);
        assertThat(last.get(10)).isEqualTo("15\u202F429,13\u00A0Go");
    }

    @Test
    @DisplayName("switching the language relabels the table")
    void relabels() {
        YearTableViewModel model = new YearTableViewModel(plan);
        I18n.setLanguage(Language.FRENCH);
        assertThat(model.tableProperty().get().headings().get(0)).isEqualTo("Année");
    }
}
