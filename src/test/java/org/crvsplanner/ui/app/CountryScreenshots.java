package org.crvsplanner.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;

import org.controlsfx.control.SearchableComboBox;
import org.crvsplanner.countrydata.Country;
import org.crvsplanner.text.Language;
import org.crvsplanner.ui.countrydata.CountryFiles;
import org.crvsplanner.ui.i18n.I18n;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Renders File › Import country figures… to PNGs for a person to look at: the progress in the
 * status bar while a big WPP file is read, the picker, and the window filled and following the
 * projection, in English and French (first argument: the folder; second: "fr"). Not a test; run
 * it headless as {@link Screenshots} says.
 */
public final class CountryScreenshots {
    private CountryScreenshots() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/screenshots"));
        String suffix = args.length > 1 ? "-" + args[1] : "";
        Path files = Files.createTempDirectory("crvs-country-files");
        Path appData = Files.createTempDirectory("crvs-country-screenshots");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        PlannerWindow planner = onFx(() -> {
            if (!suffix.isEmpty()) {
                I18n.setLanguage(Language.FRENCH);
            }
            Theme theme = new Theme(Preferences.userRoot().node("crvs-planner-screenshots"));
            theme.apply(false);
            return PlannerWindow.start(appData, theme, () -> { });
        });
        Stage stage = onFx(() -> {
            Stage window = new Stage();
            Scene scene = new Scene(planner.view(), 1280, 800);
            scene.getStylesheets().addAll(Theme.controlsFxBridge(), Theme.application());
            window.setScene(scene);
            planner.attach(window);
            window.show();
            planner.session().openAtStart(List.of());
            planner.session().workspace().getSelected().planner().number(org.crvsplanner.model.Inputs.HORIZON_YEARS)
                    .setValue(10);
            return window;
        });

        Path big = CountryFiles.bigWpp(files, 600);
        onFx(() -> {
            planner.countryImportAction().read(List.of(big));
            return null;
        });
        Thread.sleep(1500);
        snap(stage.getScene(), out.resolve("country-reading" + suffix + ".png"));
        onFx(() -> {
            planner.countryImport().cancel();
            return null;
        });
        settle();
        snap(stage.getScene(), out.resolve("country-cancelled" + suffix + ".png"));

        Path wpp = CountryFiles.wpp(files);
        onFx(() -> {
            planner.countryImportAction().read(List.of(wpp));
            return null;
        });
        settle();
        Window picker = otherWindow(stage);
        snap(picker.getScene(), out.resolve("country-picker-empty" + suffix + ".png"));
        onFx(() -> {
            var country = (SearchableComboBox<Country>) picker.getScene().lookup("#country-picker-country");
            country.setValue(country.getItems().stream().filter(c -> c.iso3().equals("UGA")).findFirst()
                    .orElseThrow());
            ((CheckBox) picker.getScene().lookup("#country-picker-follow")).setSelected(true);
            return null;
        });
        settle();
        snap(picker.getScene(), out.resolve("country-picker-uganda" + suffix + ".png"));
        onFx(() -> {
            ((ComboBox<Integer>) picker.getScene().lookup("#country-picker-year")).setValue(2095);
            return null;
        });
        settle();
        snap(picker.getScene(), out.resolve("country-picker-too-short" + suffix + ".png"));
        onFx(() -> {
            ((ComboBox<Integer>) picker.getScene().lookup("#country-picker-year")).setValue(2024);
            ((javafx.scene.control.Button) picker.getScene().lookup("#country-picker-fill")).fire();
            return null;
        });
        settle();
        snap(stage.getScene(), out.resolve("country-filled" + suffix + ".png"));
        onFx(() -> {
            var planners = planner.session().workspace().getSelected().planner();
            planners.number(org.crvsplanner.model.Inputs.POPULATION).setValue(2_000_000);
            return null;
        });
        settle();
        snap(stage.getScene(), out.resolve("country-left-projection" + suffix + ".png"));
        Platform.exit();
    }

    private static Window otherWindow(Stage main) {
        return Window.getWindows().stream().filter(w -> w != main && w instanceof Stage).findFirst()
                .orElseThrow(() -> new IllegalStateException("no picker"));
    }

    private static void settle() throws Exception {
        Thread.sleep(900);
        onFx(() -> null);
    }

    private static void snap(Scene scene, Path file) throws Exception {
        Screenshots.snap(scene, file);
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return Screenshots.onFx(action);
    }
}
