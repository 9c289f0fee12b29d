package org.crvsplanner.ui.workshop;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.crvsplanner.scenario.AtomicFile;
import org.crvsplanner.scenario.FileProblem;
import org.crvsplanner.ui.base.Notice;
import org.crvsplanner.ui.i18n.I18n;

/**
 * Writes pictures of the plan to PNG files, in one step, and words what went wrong. Kept apart
 * from {@link Pictures}, which takes the pictures, so that the files and their problems are
 * handled where no view is.
 */
final class PictureFiles {
    private PictureFiles() {
    }

    /**
     * Writes {@code image} to {@code target} in one step: a failure leaves any earlier file as it
     * was.
     *
     * @throws FileProblem naming the file and the reason
     */
    static void write(BufferedImage image, Path target) {
        AtomicFile.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer is available");
            }
        });
    }

    /** Writes {@code image} to {@code target}; the message to show when that fails. */
    static Optional<Notice> save(BufferedImage image, Path target) {
        try {
            write(image, target);
            return Optional.empty();
        } catch (FileProblem e) {
            return Optional.of(new Notice(Notice.Kind.ERROR, I18n.get("workshop.pictures.cannotSave"),
                    I18n.get("workshop.pictures.cannotSave.text", e.file(), e.problem(I18n.wording()))));
        }
    }
}
