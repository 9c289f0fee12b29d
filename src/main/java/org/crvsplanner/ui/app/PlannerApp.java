package org.crvsplanner.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import org.crvsplanner.ui.i18n.LanguageChoice;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The JavaFX application. Started by {@link org.crvsplanner.startup.Launcher} with the scenario files to
 * open, if any; a hidden {@code --snapshot FILE [SCENARIO…]} renders the window (with those
 * scenarios open) to a PNG and exits, so documentation pictures are always made from the real
 * window.
 */
public final class PlannerApp extends Application {
    /** The size of the window {@code --snapshot} renders, e.g. -Dcrvs.snapshotWidth=1024. */
    public static final String SNAPSHOT_WIDTH = "crvs.snapshotWidth";
    public static final String SNAPSHOT_HEIGHT = "crvs.snapshotHeight";

    private Preferences preferences;
    private Theme theme;
    private List<Image> icons;

    /**
     * Runs on JavaFX's launcher thread before {@link #start}, while the JavaFX thread is idle:
     * that thread loads the theme's stylesheet (setting it hands it over) while this one reads
     * the language and the icons, which the first frame would otherwise wait for in turn.
     */
    @Override
    public void init() {
        preferences = Preferences.userNodeForPackage(PlannerApp.class);
        theme = new Theme(preferences);
        theme.applySaved();
        new LanguageChoice(preferences).applySaved();
        icons = icons();
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        boolean snapshotting = args.size() >= 2 && args.get(0).equals("--snapshot");
        Path snapshot = snapshotting ? Path.of(args.get(1)) : null;
        List<String> files = snapshotting ? args.subList(2, args.size()) : args;

        WindowState window = new WindowState(preferences);
        // A picture of the window keeps nothing: no recent files, no recovery folder.
        PlannerWindow planner = PlannerWindow.start(snapshotting ? null : PlannerSession.userDataFolder(), theme,
                () -> {
                    window.save(stage);
                    Platform.exit();
                });
        planner.setDocumentOpener(getHostServices()::showDocument);
        Scene scene = new Scene(planner.view());
        scene.getStylesheets().addAll(Theme.controlsFxBridge(), Theme.application());
        stage.setScene(scene);
        planner.attach(stage);
        stage.getIcons().addAll(icons);

        if (snapshot != null) {
            stage.setWidth(Integer.getInteger(SNAPSHOT_WIDTH, 1280));
            stage.setHeight(Integer.getInteger(SNAPSHOT_HEIGHT, 800));
            stage.show();
            planner.session().openAtStart(files);
            planner.applySnapshotOptions();
            Platform.runLater(() -> {
                WindowSnapshot.write(scene, snapshot);
                Platform.exit();
            });
            return;
        }
        window.restore(stage);
        stage.show();
        planner.session().openAtStart(files);
        if (Boolean.getBoolean(StartupProbe.PROPERTY)) {
            afterFirstFrame(StartupProbe::reportFirstFrame);
        }
        // The recovery folder waits until the window is on screen, which it would otherwise delay.
        afterFirstFrame(planner.session()::offerRecovery);
    }

    private static List<Image> icons() {
        return List.of(16, 32, 48, 64, 128, 256).stream()
                .map(size -> new Image(PlannerApp.class.getResource("icons/app-" + size + ".png").toExternalForm()))
                .toList();
    }

    /**
     * Runs {@code action} once the window's first frame is on screen, outside the animation pulse
     * since the action may show a dialog and wait. The first frame is on screen by the third
     * animation pulse after showing: the second pulse starts while the render thread is still
     * drawing the first frame (-Djavafx.pulseLogger=true shows it), the third only after it is
     * done. Measured under Xvfb, the third pulse comes within about 10 ms of the frame's pixels
     * appearing (scripts/measure-startup.sh).
     */
    private static void afterFirstFrame(Runnable action) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 3) {
                    stop();
                    Platform.runLater(action);
                }
            }
        }.start();
    }
}
