package org.crvsplanner.ui.compare;

import static java.util.Objects.requireNonNull;

import javafx.scene.input.KeyCombination;

/**
 * What the comparison can be taken away as. The wiring supplies them, as it knows the pictures,
 * the dialogs and whether the compared plans are up to date.
 */
public record CompareActions(Runnable savePicture, Runnable copyPicture, Runnable exportWorkbook) {
    /** As the main window's Save and Copy chart and Export workbook, for the comparison. */
    public static final KeyCombination SAVE_PICTURE = KeyCombination.keyCombination("Shortcut+S");
    public static final KeyCombination COPY_PICTURE = KeyCombination.keyCombination("Shortcut+Shift+C");
    public static final KeyCombination EXPORT = KeyCombination.keyCombination("Shortcut+E");

    public CompareActions {
        requireNonNull(savePicture, "savePicture");
        requireNonNull(copyPicture, "copyPicture");
        requireNonNull(exportWorkbook, "exportWorkbook");
    }
}
