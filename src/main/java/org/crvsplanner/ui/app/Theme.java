package org.crvsplanner.ui.app;

import java.util.prefs.Preferences;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The AtlantaFX theme, light by default, remembered between runs. */
public final class Theme {
    private static final String KEY = "darkTheme";
    private final Preferences preferences;
    private boolean dark;

    public Theme(Preferences preferences) {
        this.preferences = preferences;
        this.dark = preferences.getBoolean(KEY, false);
    }

    /** Applies the remembered theme; call before the first window is shown. */
    public void applySaved() {
        apply(dark);
    }

    public void apply(boolean useDark) {
        dark = useDark;
        Application.setUserAgentStylesheet(useDark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        preferences.putBoolean(KEY, useDark);
    }

    /** Where the window keeps its other settings too. */
    public Preferences preferences() {
        return preferences;
    }

    public boolean isDark() {
        return dark;
    }

    /**
     * ControlsFX's stylesheets look up Modena's colour names, which AtlantaFX does not define;
     * this sheet maps them to the theme's.
     */
    public static String controlsFxBridge() {
        return Theme.class.getResource("controlsfx-bridge.css").toExternalForm();
    }

    /** Styles shared by every panel of the window. */
    public static String application() {
        return Theme.class.getResource("app.css").toExternalForm();
    }
}
