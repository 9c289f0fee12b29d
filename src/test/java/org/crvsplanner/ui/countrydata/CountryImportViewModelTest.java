package org.crvsplanner.ui.countrydata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import org.crvsplanner.countrydata.CountryData;
import org.crvsplanner.countrydata.CountryDataReader;
import org.crvsplanner.countrydata.ImportLimits;
import org.crvsplanner.countrydata.LastImport;
import org.crvsplanner.countrydata.WorldBankImportTest;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.text.Language;
import org.crvsplanner.ui.base.FakeDialogs;
import org.crvsplanner.ui.base.Notice;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.planner.PlannerViewModel;
import org.crvsplanner.ui.planner.SourceMark;
import org.crvsplanner.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/**
 * File › Import country figures… without a window: the files asked through the dialog service
 * (a fake answering from a script), read in the background, a country picked, the scenario filled.
 */
@ExtendWith(ApplicationExtension.class)
class CountryImportViewModelTest {
    @TempDir
    Path dir;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final Preferences preferences = Preferences.userRoot().node("crvs-planner-tests/country-import");
    private final PlannerViewModel planner = new PlannerViewModel();
    // The scenario in front, whose notes follow where its figures came from.
    private final StringProperty notes =
            WorkspaceViewModel.around(planner, dialogs).getSelected().notesProperty();
    private final List<CountryPickerViewModel> pickers = new ArrayList<>();
    private CountryImportViewModel model;

    @BeforeEach
    void model() throws Exception {
        preferences.clear();
        notes.set("Asked by the ministry.");
        model = importer(Runnable::run);
    }

    @AfterEach
    void english() throws Exception {
        onFx(() -> I18n.setLanguage(Language.ENGLISH));
        preferences.removeNode();
    }

    private CountryImportViewModel importer(Executor executor) {
        return new CountryImportViewModel(dialogs, new LastImport(preferences),
                new CountryDataReader(ImportLimits.STANDARD, WorldBankImportTest.MID_2025),
                () -> planner, executor);
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
    }

    private static void onFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
    }

    /** Reads {@code files} as the window does, and waits for the reading to end. */
    private Task<CountryData> read(List<Path> files) throws Exception {
        Task<CountryData> task = onFx(() -> model.read(files, pickers::add));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        return task;
    }

    @Test
    @DisplayName("World Bank files chosen in the open dialog fill the four figures, marked, with the source in the notes")
    void worldBank() throws Exception {
        List<Path> files = CountryFiles.worldBank(dir);
        dialogs.open(files);
        List<Path> chosen = onFx(model::chooseFiles);
        assertThat(chosen).isEqualTo(files);
        assertThat(dialogs.asked).containsExactly("open: Import country figures: World Bank or UN WPP files");

        read(chosen);
        assertThat(model.statusProperty().get()).isEqualTo("Read API_SP.POP.TOTL_DS2_en_csv_v2_1.csv and 3 other "
                + "files: 4 countries");
        CountryPickerViewModel picker = pickers.get(0);
        assertThat(picker.countries()).extracting(c -> c.toString()).containsExactly("Aruba (ABW)",
                "Korea, Rep. (KOR)", "Kosovo (XKX)", "Uganda (UGA)");
        assertThat(picker.canFollow()).isFalse();
        assertThat(picker.readyProperty().get()).as("nothing picked yet").isFalse();

        onFx(() -> picker.countryProperty().set(picker.countries().get(3)));
        assertThat(picker.yearProperty().get()).as("the latest year with every figure").isEqualTo(2023);
        assertThat(picker.years()).startsWith(2024, 2023, 2022);
        assertThat(picker.preview()).extracting(CountryPickerViewModel.Figure::value).containsExactly(
                "48,582,334 people", "35.871 per 1,000 people", "5.372 per 1,000 people", "2.781 % a year");
        assertThat(onFx(() -> model.fill(picker))).isTrue();

        SizingInputs in = planner.inputsProperty().get();
        assertThat(in.population()).isEqualTo(48_582_334);
        assertThat(in.crudeBirthRate()).isEqualTo(35.871);
        assertThat(in.growthPercent()).isEqualTo(2.781);
        assertThat(planner.number(Inputs.CRUDE_DEATH_RATE).getMark()).isEqualTo(SourceMark.FROM_FILE);
        var source = planner.countrySource().orElseThrow();
        assertThat(source.country()).isEqualTo("UGA");
        assertThat(source.year()).isEqualTo(2023);
        assertThat(source.figure(InputField.POPULATION).orElseThrow().lastUpdated()).hasToString("2025-07-01");
        assertThat(notes.get()).isEqualTo("Asked by the ministry.\n\nCountry figures: World Bank, Uganda (UGA), "
                + "2023, from API_SP.POP.TOTL_DS2_en_csv_v2_1.csv (last updated 2025-07-01), "
                + "API_SP.DYN.CBRT.IN_DS2_en_csv_v2_2.csv (last updated 2025-06-30), "
                + "API_SP.DYN.CDRT.IN_DS2_en_csv_v2_3.csv (last updated 2025-06-30), "
                + "API_SP.POP.GROW_DS2_en_csv_v2_4.zip (last updated 2025-07-01).");
        assertThat(model.statusProperty().get()).isEqualTo("Filled from World Bank: Uganda (UGA), 2023");
        assertThat(dialogs.notices).isEmpty();
        assertThat(new LastImport(preferences).files()).isEqualTo(files);

        String filledNotes = notes.get();
        onFx(() -> planner.history().undo());
        assertThat(planner.inputsProperty().get().population()).as("undone").isEqualTo(
                SizingInputs.defaults().population());
        assertThat(planner.countrySource()).isEmpty();
        assertThat(planner.number(Inputs.CRUDE_DEATH_RATE).getMark()).isEqualTo(SourceMark.NONE);
        assertThat(notes.get()).as("the notes no longer name the file").isEqualTo("Asked by the ministry.");
        onFx(() -> planner.history().redo());
        assertThat(planner.countrySource()).isPresent();
        assertThat(notes.get()).isEqualTo(filledNotes);
    }

    @Test
    @DisplayName("the last import's files are offered again, and taken without the open dialog")
    void lastFiles() throws Exception {
        Path wpp = CountryFiles.wpp(dir);
        new LastImport(preferences).remember(List.of(wpp));
        dialogs.press(CountryImportViewModel.FILES_QUESTION, "last", "choose", "cancel");
        assertThat(onFx(model::chooseFiles)).containsExactly(wpp);
        assertThat(dialogs.asked).containsExactly("country-files: Import the same files as last time?");

        Path other = CountryFiles.empty(dir);
        dialogs.open(List.of(other));
        assertThat(onFx(model::chooseFiles)).as("other files").containsExactly(other);
        assertThat(dialogs.asked).endsWith("open: Import country figures: World Bank or UN WPP files");

        assertThat(onFx(model::chooseFiles)).as("cancelled").isEmpty();
        assertThat(dialogs.asked).hasSize(4);
    }

    @Test
    @DisplayName("with a WPP file the projection can be followed; a horizon longer than it is said before filling")
    void followProjection() throws Exception {
        onFx(() -> planner.number(Inputs.HORIZON_YEARS).setValue(10));
        read(List.of(CountryFiles.wpp(dir)));
        CountryPickerViewModel picker = pickers.get(0);
        assertThat(picker.canFollow()).isTrue();
        onFx(() -> {
            picker.pick("UGA", 2095);
            picker.followProperty().set(true);
        });
        assertThat(picker.readyProperty().get()).isFalse();
        assertThat(picker.problemProperty().get()).isEqualTo("Planning horizon must be at most 6 years while the "
                + "figures follow the projection, which covers 2095 to 2100; got 10");

        onFx(() -> picker.yearProperty().set(2024));
        assertThat(picker.problemProperty().get()).isNull();
        assertThat(picker.sourceTextProperty().get()).endsWith("Each year's population and crude rates follow the "
                + "projection (Medium variant) from 2024 to 2033.");
        onFx(() -> model.fill(picker));
        assertThat(planner.inputsProperty().get().followsProjection()).isTrue();
        assertThat(planner.getPlan().years().get(4).population()).isEqualTo(1_780_000);
        assertThat(notes.get()).endsWith("\nEach year's population and crude rates follow the projection (Medium "
                + "variant) from 2024 to 2033.");
    }

    @Test
    @DisplayName("a year without a figure is named with the file, and Fill waits for a year that has one")
    void yearWithoutFigure() throws Exception {
        read(CountryFiles.worldBank(dir));
        CountryPickerViewModel picker = pickers.get(0);
        onFx(() -> picker.pick("UGA", 2024));
        assertThat(picker.readyProperty().get()).isFalse();
        assertThat(picker.problemProperty().get()).isEqualTo("Cannot use API_SP.DYN.CBRT.IN_DS2_en_csv_v2_2.csv: "
                + "it has no SP.DYN.CBRT.IN figure for Uganda (UGA) in 2024; it has figures for 2021–2023");
        SizingInputs before = planner.inputsProperty().get();
        assertThat(onFx(() -> model.fill(picker))).isFalse();
        assertThat(planner.inputsProperty().get()).isEqualTo(before);
    }

    @Test
    @DisplayName("a bad file gets one message naming it and what was expected, and nothing changes")
    void badFile() throws Exception {
        SizingInputs before = planner.inputsProperty().get();
        Task<CountryData> task = read(List.of(CountryFiles.empty(dir)));

        assertThat(onFx(task::getState)).isEqualTo(javafx.concurrent.Worker.State.FAILED);
        assertThat(dialogs.notices).hasSize(1);
        Notice notice = dialogs.notices.get(0);
        assertThat(notice.kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(notice.title()).isEqualTo("Country figures not imported");
        assertThat(notice.message()).isEqualTo("Cannot import empty.csv: the file is empty; expected a World Bank "
                + "indicator CSV (API_SP.POP.TOTL_…, or its zip as downloaded) or a UN WPP Demographic Indicators "
                + "CSV (.csv or .csv.gz)");
        assertThat(pickers).isEmpty();
        assertThat(planner.inputsProperty().get()).isEqualTo(before);
        assertThat(planner.history().undoCount()).isZero();
        assertThat(notes.get()).isEqualTo("Asked by the ministry.");
        assertThat(model.statusProperty().get()).isEqualTo("The country figures were not imported.");
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(new LastImport(preferences).files()).as("a failed import is not remembered").isEmpty();
    }

    @Test
    @DisplayName("Cancel stops the reading: no picker, the scenario unchanged, the files not remembered")
    void cancel() throws Exception {
        List<Runnable> held = new ArrayList<>();
        model = importer(held::add);
        SizingInputs before = planner.inputsProperty().get();
        Task<CountryData> task = onFx(() -> model.read(CountryFiles.worldBank(dir), pickers::add));
        assertThat(model.runningProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).startsWith("Reading API_SP.POP.TOTL_DS2_en_csv_v2_1.csv and 3 other");

        onFx(model::cancel);
        held.forEach(Runnable::run);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task.isCancelled()).isTrue();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Import cancelled; nothing changed.");
        assertThat(pickers).isEmpty();
        assertThat(dialogs.notices).isEmpty();
        assertThat(planner.inputsProperty().get()).isEqualTo(before);
        assertThat(notes.get()).isEqualTo("Asked by the ministry.");
        assertThat(new LastImport(preferences).files()).isEmpty();
    }

    @Test
    @DisplayName("Cancel part-way through a big file stops the reader where it is")
    void cancelWhileReading() throws Exception {
        model = importer(runnable -> new Thread(runnable, "test-import").start());
        Path big = CountryFiles.bigWpp(dir, 150);
        Task<CountryData> task = onFx(() -> model.read(List.of(big), pickers::add));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(task::getProgress) > 0 || task.isDone());
        onFx(model::cancel);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task.isCancelled()).as("cancelled before the end of the file").isTrue();
        assertThat(onFx(task::getProgress)).isLessThan(1);
        assertThat(pickers).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Import cancelled; nothing changed.");
    }

    @Test
    @DisplayName("in French: the status, the preview and the message of a bad file")
    void french() throws Exception {
        onFx(() -> I18n.setLanguage(Language.FRENCH));
        read(CountryFiles.worldBank(dir));
        CountryPickerViewModel picker = pickers.get(0);
        onFx(() -> picker.pick("UGA", 2023));
        assertThat(picker.preview()).extracting(CountryPickerViewModel.Figure::label).containsExactly("Population",
                "Taux brut de natalité", "Taux brut de mortalité", "Croissance démographique");
        assertThat(picker.preview().get(1).value()).isEqualTo("35,871\u00a0pour 1\u202f000 habitants");
        onFx(() -> model.fill(picker));
        assertThat(model.statusProperty().get()).isEqualTo("Rempli d'après Banque mondiale\u00a0: Uganda (UGA), 2023");
        assertThat(notes.get()).contains("Chiffres du pays\u00a0: Banque mondiale, Uganda (UGA), 2023");

        read(List.of(CountryFiles.empty(dir)));
        assertThat(dialogs.notices.get(0).title()).isEqualTo("Chiffres du pays non importés");
        assertThat(dialogs.notices.get(0).message()).startsWith("Impossible d’importer empty.csv\u00a0: le fichier est vide");
    }
}
