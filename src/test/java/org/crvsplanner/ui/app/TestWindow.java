package org.crvsplanner.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.prefs.Preferences;

import org.crvsplanner.ui.base.DialogService;
import org.crvsplanner.ui.planner.PlannerViewModel;

import javafx.util.Duration;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The window as every window test shows it: the light theme and the application's stylesheets. */
final class TestWindow {
    /** Where the tests' theme and language are remembered, apart from a real user's. */
    static final Preferences PREFERENCES = Preferences.userRoot().node("crvs-planner-tests");

    private TestWindow() {
    }

    static Theme lightTheme() {
        Theme theme = new Theme(PREFERENCES);
        theme.apply(false);
        return theme;
    }

    /**
     * The whole planner in {@code stage} at the given size, as a user starts it with no files:
     * app data in {@code appData}, autosave every 30 s after 150 ms of quiet, dialogs through
     * {@code dialogs}. The caller exits its session after the test.
     */
    static PlannerWindow planner(Stage stage, Path appData, double width, double height,
            UnaryOperator<DialogService> dialogs) {
        PlannerWindow planner = PlannerWindow.start(appData, lightTheme(), () -> { }, Duration.seconds(30),
                Duration.millis(150), dialogs);
        planner.attach(stage);
        show(stage, planner.view(), width, height);
        planner.session().openAtStart(List.of());
        return planner;
    }

    /**
     * One planner's window with no session, files or dialogs of its own, attached to
     * {@code stage} and shown at the given size.
     */
    static PlannerWindow around(Stage stage, double width, double height) {
        PlannerWindow window = PlannerWindow.around(new PlannerViewModel(), lightTheme());
        window.attach(stage);
        show(stage, window.view(), width, height);
        return window;
    }

    /** Shows {@code root} in {@code stage} at the given size, styled as the planner styles it. */
    static Scene show(Stage stage, Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().addAll(Theme.controlsFxBridge(), Theme.application());
        stage.setScene(scene);
        stage.show();
        return scene;
    }
}
