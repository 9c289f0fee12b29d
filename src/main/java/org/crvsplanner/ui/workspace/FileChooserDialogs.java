package org.crvsplanner.ui.workspace;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crvsplanner.scenario.ScenarioFiles;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's own open and save dialogs, showing scenario files first. */
public final class FileChooserDialogs implements FileDialogs {
    private static final FileChooser.ExtensionFilter SCENARIOS = new FileChooser.ExtensionFilter(
            "CRVS scenarios (*" + ScenarioFiles.EXTENSION + ")", "*" + ScenarioFiles.EXTENSION);
    private static final FileChooser.ExtensionFilter ALL = new FileChooser.ExtensionFilter("All files", "*.*");

    @Override
    public List<Path> chooseToOpen(Window owner, Path folder) {
        FileChooser chooser = chooser("Open scenarios", folder);
        chooser.getExtensionFilters().addAll(SCENARIOS, ALL);
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Path chooseSaveTarget(Window owner, Path folder, String fileName) {
        FileChooser chooser = chooser("Save scenario", folder);
        chooser.getExtensionFilters().add(SCENARIOS);
        chooser.setInitialFileName(fileName);
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }
}
