package org.crvsplanner.ui.app;

import java.util.prefs.Preferences;

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

    /** Shows {@code root} in {@code stage} at the given size, styled as the planner styles it. */
    static Scene show(Stage stage, Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().addAll(Theme.controlsFxBridge(), Theme.application());
        stage.setScene(scene);
        stage.show();
        return scene;
    }
}
