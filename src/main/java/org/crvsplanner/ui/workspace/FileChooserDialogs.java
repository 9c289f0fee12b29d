package org.crvsplanner.ui.workspace;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crvsplanner.scenario.ScenarioFiles;
import org.crvsplanner.ui.i18n.I18n;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's own open and save dialogs, showing scenario files first. */
public final class FileChooserDialogs implements FileDialogs {

    @Override
    public List<Path> chooseToOpen(Window owner, Path folder) {
        FileChooser chooser = chooser(I18n.get("workspace.chooser.open"), folder);
        chooser.getExtensionFilters().addAll(scenarios(),
                new FileChooser.ExtensionFilter(I18n.get("workspace.chooser.allFiles"), "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Path chooseSaveTarget(Window owner, Path folder, String fileName) {
        FileChooser chooser = chooser(I18n.get("workspace.chooser.save"), folder);
        chooser.getExtensionFilters().add(scenarios());
        chooser.setInitialFileName(fileName);
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }

    private static FileChooser.ExtensionFilter scenarios() {
        String pattern = "*" + ScenarioFiles.EXTENSION;
        return new FileChooser.ExtensionFilter(I18n.get("workspace.chooser.scenarios", pattern), pattern);
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
