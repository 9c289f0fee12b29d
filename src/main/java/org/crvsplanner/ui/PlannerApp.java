package org.crvsplanner.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import javax.imageio.ImageIO;

import org.crvsplanner.AppInfo;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * The JavaFX application. Started by {@link org.crvsplanner.Launcher}; a hidden
 * {@code --snapshot FILE} renders the window to a PNG and exits, so documentation pictures are
 * always made from the real window.
 */
public final class PlannerApp extends Application {
    /** Set to print the JVM's uptime at the first shown frame, for start-up measurements. */
    public static final String STARTUP_PROBE = "crvs.startupProbe";

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Path snapshot = args.size() >= 2 && args.get(0).equals("--snapshot") ? Path.of(args.get(1)) : null;
        Preferences preferences = Preferences.userNodeForPackage(PlannerApp.class);
        Theme theme = new Theme(preferences);
        theme.applySaved();

        PlannerViewModel model = new PlannerViewModel();
        MainView view = new MainView(model, theme);
        Scene scene = new Scene(view);
        scene.getStylesheets().addAll(Theme.controlsFxBridge(), Theme.application());
        stage.setScene(scene);
        stage.setTitle(AppInfo.name());
        stage.getIcons().addAll(icons());

        if (snapshot != null) {
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            Platform.runLater(() -> writeSnapshot(scene, snapshot));
            return;
        }
        WindowState window = new WindowState(preferences);
        window.restore(stage);
        stage.setOnCloseRequest(e -> window.save(stage));
        stage.show();
        if (Boolean.getBoolean(STARTUP_PROBE)) {
            reportFirstFrame();
        }
    }

    private static List<Image> icons() {
        return List.of(16, 32, 48, 64, 128, 256).stream()
                .map(size -> new Image(PlannerApp.class.getResource("icons/app-" + size + ".png").toExternalForm()))
                .toList();
    }

    private static void writeSnapshot(Scene scene, Path file) {
        try {
            WritableImage image = scene.snapshot(null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            System.out.println("Wrote " + file.toAbsolutePath());
        } catch (IOException e) {
            System.err.println("Cannot write " + file + ": " + e.getMessage());
        }
        Platform.exit();
    }

    /**
     * The first frame is on screen by the third animation pulse after showing: the second pulse
     * starts while the render thread is still drawing the first frame (-Djavafx.pulseLogger=true
     * shows it), the third only after it is done. Measured under Xvfb, the third pulse comes
     * within about 10 ms of the frame's pixels appearing (scripts/measure-startup.sh).
     */
    private static void reportFirstFrame() {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 3) {
                    stop();
                    System.out.println("first-frame-ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
                    if (Boolean.getBoolean(STARTUP_PROBE + ".exit")) {
                        Platform.exit();
                    }
                }
            }
        }.start();
    }
}
