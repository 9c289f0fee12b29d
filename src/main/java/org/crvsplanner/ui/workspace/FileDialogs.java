package org.crvsplanner.ui.workspace;

import java.nio.file.Path;
import java.util.List;

import javafx.stage.Window;

/**
 * The system's file dialogs, behind an interface because they cannot be driven in a headless
 * test: tests give the window a stand-in that answers with paths of their own.
 */
public interface FileDialogs {
    /**
     * @param folder where the dialog starts, or null
     * @return the files chosen; empty when the person cancels
     */
    List<Path> chooseToOpen(Window owner, Path folder);

    /**
     * @param folder where the dialog starts, or null
     * @param fileName the name offered, with .crvsplan
     * @return the file chosen, or null when the person cancels
     */
    Path chooseSaveTarget(Window owner, Path folder, String fileName);
}
