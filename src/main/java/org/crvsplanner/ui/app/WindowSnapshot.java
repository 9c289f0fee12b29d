package org.crvsplanner.ui.app;

import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/**
 * The hidden {@code --snapshot FILE}: the window as a PNG, for documentation pictures made from
 * the real window. It reports on the console, like the command line, since the script that asked
 * for it reads the console: one of the two classes of the window allowed to print.
 */
final class WindowSnapshot {
    private WindowSnapshot() {
    }

    static void write(Scene scene, Path file) {
        try {
            WritableImage image = scene.snapshot(null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            System.out.println("Wrote " + file.toAbsolutePath());
        } catch (IOException e) {
            System.err.println("Cannot write " + file + ": " + e.getMessage());
        }
    }
}
