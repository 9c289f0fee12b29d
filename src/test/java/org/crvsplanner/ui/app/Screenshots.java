package org.crvsplanner.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.prefs.Preferences;

import javax.imageio.ImageIO;

import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.scenario.AppDataFolder;
import org.crvsplanner.scenario.RecoveryStore;
import org.crvsplanner.scenario.Scenario;
import org.crvsplanner.ui.workspace.ScenarioViewModel;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Renders the scenario features to PNGs for a person to look at: the window with two tabs at
 * its smallest size, the comparison, and the dialogs. Not a test; run it headless:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *     -cp target/test-classes:target/classes:$(cat target/cp.txt) org.crvsplanner.ui.app.Screenshots /tmp/shots
 * </pre>
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/screenshots"));
        Path appData = Files.createTempDirectory("crvs-screenshots");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        PlannerWindow planner = onFx(() -> {
            Theme theme = new Theme(Preferences.userRoot().node("crvs-planner-screenshots"));
            theme.apply(args.length > 1 && args[1].equals("dark"));
            return PlannerWindow.start(appData, theme, () -> { });
        });
        Stage stage = onFx(() -> {
            Stage window = new Stage();
            Scene scene = new Scene(planner.view(), WindowState.MIN_WIDTH, WindowState.MIN_HEIGHT);
            scene.getStylesheets().addAll(Theme.controlsFxBridge(), Theme.application());
            window.setScene(scene);
            planner.attach(window);
            window.show();
            var workspace = planner.session().workspace();
            ScenarioViewModel national = workspace.newScenario();
            national.nameProperty().set("National, 5 attachments");
            national.notesProperty().set("Full roll-out with 2.5% growth and five scanned documents per record.");
            national.planner().load(SizingInputs.builder().population(45_000_000).growthPercent(2.5)
                    .attachmentsPerRecord(5).horizonYears(10).build());
            ScenarioViewModel pilot = workspace.newScenario();
            pilot.nameProperty().set("Pilot in 3 regions");
            pilot.notesProperty().set("Ministry of Interior asked for a 10-year pilot in three regions.");
            pilot.planner().load(SizingInputs.builder().population(5_000_000).horizonYears(10)
                    .stage(DeploymentStage.PILOT).build());
            return window;
        });
        settle();
        snap(stage.getScene(), out.resolve("window-two-tabs-1024x700.png"));

        onFx(() -> {
            planner.session().workspace().selectedProperty().set(planner.session().workspace().scenarios().get(0));
            planner.workshop().presentation().enter();
            planner.workshop().walkthrough().open(2);
            return null;
        });
        settle();
        snap(stage.getScene(), out.resolve("presentation-walkthrough.png"));
        onFx(() -> {
            // What Save chart as PNG… writes: twice the pixels, for reports.
            org.crvsplanner.ui.workshop.Pictures.writePng(planner.view().chart(), out.resolve("chart-2x.png"));
            return null;
        });
        onFx(() -> {
            planner.workshop().walkthrough().close();
            planner.workshop().presentation().leave();
            return null;
        });
        settle();

        onFx(() -> {
            planner.compare(List.copyOf(planner.session().workspace().scenarios()));
            return null;
        });
        settle();
        snap(otherWindow(stage, "Compare").getScene(), out.resolve("compare.png"));

        onFx(() -> {
            var workspace = planner.session().workspace();
            ScenarioViewModel growth = workspace.newScenario();
            growth.nameProperty().set("National, 15 years");
            growth.planner().load(SizingInputs.builder().population(45_000_000).growthPercent(2.5)
                    .horizonYears(15).build());
            ScenarioViewModel legacy = workspace.newScenario();
            legacy.nameProperty().set("With legacy records");
            legacy.planner().load(SizingInputs.builder().population(20_000_000).horizonYears(10)
                    .legacy(org.crvsplanner.model.LegacyRecords.of(8_000_000, 2)).build());
            planner.compare(List.copyOf(workspace.scenarios()));
            return null;
        });
        settle();
        snap(otherWindow(stage, "Compare").getScene(), out.resolve("compare-four.png"));
        onFx(() -> {
            var workspace = planner.session().workspace();
            workspace.scenarios().get(3).planner().load(SizingInputs.defaults());
            Window compare = otherWindow(stage, "Compare");
            ((Stage) compare).close();
            workspace.selectedProperty().set(workspace.scenarios().get(1));
            return null;
        });
        Platform.runLater(() -> planner.session().workspace().close(planner.session().workspace().getSelected()));
        settle();
        snap(otherWindow(stage, "Unsaved").getScene(), out.resolve("dialog-unsaved.png"));
        onFx(() -> {
            ((Stage) otherWindow(stage, "Unsaved")).close();
            return null;
        });

        Path crashed = Files.createDirectories(AppDataFolder.recoveryFolder(appData).resolve("session-crashed"));
        Files.writeString(crashed.resolve("owner.lock"), "crashed");
        new RecoveryStore(crashed).save("a", Scenario.of("Pilot in 3 regions", "", SizingInputs.defaults()),
                Path.of("/home/ama/plans/pilot.crvsplan"));
        new RecoveryStore(crashed).save("b", Scenario.of(SizingInputs.defaults()), null);
        Platform.runLater(planner.session()::offerRecovery);
        settle();
        snap(otherWindow(stage, "Restore").getScene(), out.resolve("dialog-recovery.png"));
        onFx(() -> {
            ((Stage) otherWindow(stage, "Restore")).close();
            return null;
        });

        Path broken = Files.writeString(appData.resolve("broken.crvsplan"), "{\n  \"schemaVersion\": \"1.0\",\n  \"inputs\": {\"population\": 0}\n}");
        onFx(() -> {
            planner.session().workspace().open(broken);
            return null;
        });
        settle();
        snap(otherWindow(stage, "Cannot").getScene(), out.resolve("dialog-broken-file.png"));
        Platform.exit();
    }

    private static Window otherWindow(Stage main, String titleStart) {
        return Window.getWindows().stream().filter(w -> w != main && w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith(titleStart)).findFirst().orElseThrow(
                        () -> new IllegalStateException("no window titled " + titleStart + "…"));
    }

    private static void settle() throws Exception {
        Thread.sleep(700);
        onFx(() -> null);
    }

    static void snap(Scene scene, Path file) throws Exception {
        onFx(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            System.out.println("Wrote " + file);
            return null;
        });
    }

    static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        FutureTask<T> task = new FutureTask<>(action);
        Platform.runLater(task);
        return task.get();
    }
}
