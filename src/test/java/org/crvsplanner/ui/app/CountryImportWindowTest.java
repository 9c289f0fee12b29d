package org.crvsplanner.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.controlsfx.control.SearchableComboBox;
import org.crvsplanner.countrydata.Country;
import org.crvsplanner.countrydata.LastImport;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.ui.countrydata.CountryFiles;
import org.crvsplanner.ui.workspace.ScenarioViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * File › Import country figures… as a person does it: the last import's files taken again, the
 * country found by typing in the picker, the inputs filled and marked, and Ctrl+Z undoing it.
 */
@ExtendWith(ApplicationExtension.class)
class CountryImportWindowTest {
    @TempDir
    Path folder;
    private PlannerSession session;

    @Start
    void start(Stage stage) {
        PlannerWindow window = PlannerWindow.start(folder.resolve("app-data"), TestWindow.lightTheme(), () -> { });
        session = window.session();
        session.openAtStart(List.of());
        TestWindow.show(stage, window.view(), 1280, 800);
    }

    @AfterEach
    void forgetFiles() {
        new LastImport(TestWindow.PREFERENCES).remember(List.of());
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(n -> n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).isPresent();
    }

    @Test
    @DisplayName("Ctrl+I, the same files, a country typed: the inputs are filled and marked, and Ctrl+Z undoes it")
    @SuppressWarnings("unchecked")
    void importsAndUndoes(FxRobot robot) throws Exception {
        new LastImport(TestWindow.PREFERENCES).remember(CountryFiles.worldBank(folder));
        ScenarioViewModel scenario = session.workspace().getSelected();
        robot.clickOn("#scenario-notes").write("Pilot.");

        robot.push(KeyCode.CONTROL, KeyCode.I);
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("Import the same files as last time?");
        robot.clickOn("#country-files-last");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(robot, "#country-picker"));
        WaitForAsyncUtils.waitForFxEvents();

        Button fill = robot.lookup("#country-picker-fill").queryButton();
        assertThat(fill.isDisabled()).as("no country yet").isTrue();
        robot.clickOn("#country-picker-country").write("uga").type(KeyCode.ENTER);
        SearchableComboBox<Country> country = robot.lookup("#country-picker-country").queryAs(SearchableComboBox.class);
        assertThat(country.getValue()).isEqualTo(new Country("UGA", "Uganda"));
        assertThat(robot.lookup("#country-picker-year").queryAs(ComboBox.class).getValue()).isEqualTo(2023);
        assertThat(robot.lookup("#country-picker-figure-0").queryAs(Label.class).getText())
                .isEqualTo("48,582,334 people");
        assertThat(shown(robot, "#country-picker-follow")).as("World Bank files hold no projection").isFalse();
        robot.clickOn(fill);

        assertThat(robot.lookup("#population").queryAs(TextField.class).getText()).isEqualTo("48,582,334");
        for (String mark : List.of("#population-mark", "#crudeBirthRate-mark", "#crudeDeathRate-mark",
                "#growthPercent-mark")) {
            assertThat(shown(robot, mark)).as(mark).isTrue();
            assertThat(robot.lookup(mark).queryAs(Label.class).getText()).isEqualTo("from file");
        }
        assertThat(scenario.notesProperty().get()).startsWith("Pilot.\n\nCountry figures: World Bank, Uganda (UGA), "
                + "2023, from API_SP.POP.TOTL_DS2_en_csv_v2_1.csv");
        assertThat(robot.lookup("#country-import-status").queryAs(Label.class).getText())
                .isEqualTo("Filled from World Bank: Uganda (UGA), 2023");

        robot.clickOn("#population").push(KeyCode.CONTROL, KeyCode.A).write("50000000").type(KeyCode.ENTER);
        assertThat(shown(robot, "#population-mark")).as("the person's own figure").isFalse();
        assertThat(shown(robot, "#crudeBirthRate-mark")).isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(shown(robot, "#population-mark")).as("the file's figure again").isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(scenario.planner().number(Inputs.POPULATION).getValue()).as("the import undone")
                .isEqualTo(org.crvsplanner.model.SizingInputs.defaults().population());
        assertThat(shown(robot, "#crudeBirthRate-mark")).isFalse();
        assertThat(scenario.toScenario().countrySource()).isEmpty();
        assertThat(scenario.notesProperty().get()).isEqualTo("Pilot.");
    }

    @Test
    @DisplayName("a file that is not a publisher's gets one message naming it, and the scenario stays as it was")
    void badFile(FxRobot robot) throws Exception {
        new LastImport(TestWindow.PREFERENCES).remember(List.of(CountryFiles.empty(folder)));
        var before = session.workspace().getSelected().toScenario();
        robot.push(KeyCode.CONTROL, KeyCode.I);
        robot.clickOn("#country-files-last");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(robot, "#notice"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#notice").queryAs(DialogPane.class).getContentText())
                .startsWith("Cannot import empty.csv: the file is empty; expected a World Bank indicator CSV");
        robot.type(KeyCode.ENTER);
        assertThat(session.workspace().getSelected().toScenario()).isEqualTo(before);
        assertThat(robot.lookup("#country-import-status").queryAs(Label.class).getText())
                .isEqualTo("The country figures were not imported.");
    }
}
