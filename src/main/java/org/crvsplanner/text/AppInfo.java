package org.crvsplanner.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application's name, version and the source of its rules, from the build. */
public final class AppInfo {
    private static final Properties PROPERTIES = load();

    private AppInfo() {
    }

    public static String name() {
        return PROPERTIES.getProperty("name");
    }

    public static String version() {
        return PROPERTIES.getProperty("version");
    }

    /** The documentation page every rule comes from. */
    public static String rulesSource() {
        return PROPERTIES.getProperty("rules");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("app.properties")) {
            if (in == null) {
                throw new IllegalStateException("app.properties is missing from the build");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
