package org.crvsplanner.ui.workspace;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.crvsplanner.scenario.ScenarioFiles;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks the workspace's questions with dialogs over the window. */
public final class DialogQuestions implements Questions {
    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    static final ButtonType REPLACE = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);

    private final Supplier<Window> owner;
    private FileDialogs files;
    private Path lastFolder;

    public DialogQuestions(Supplier<Window> owner, FileDialogs files) {
        this.owner = requireNonNull(owner, "owner");
        this.files = requireNonNull(files, "files");
    }

    /** Replaces the file dialogs, e.g. with a test's stand-in. */
    public void setFileDialogs(FileDialogs dialogs) {
        files = requireNonNull(dialogs, "dialogs");
    }

    public FileDialogs fileDialogs() {
        return files;
    }

    @Override
    public Unsaved unsavedChanges(ScenarioViewModel scenario) {
        Alert alert = alert(Alert.AlertType.WARNING, "Unsaved changes");
        alert.setHeaderText("Save the changes to \"" + scenario.getDisplayName() + "\" before closing?");
        alert.setContentText(scenario.getFile() == null
                ? "This scenario has never been saved. If you don't save it, it is lost."
                : "If you don't save, the changes since " + scenario.getFile().getFileName()
                        + " was last saved are lost.");
        alert.getButtonTypes().setAll(SAVE, DISCARD, ButtonType.CANCEL);
        alert.getDialogPane().lookupButton(SAVE).setId("unsaved-save");
        alert.getDialogPane().lookupButton(DISCARD).setId("unsaved-discard");
        alert.getDialogPane().lookupButton(ButtonType.CANCEL).setId("unsaved-cancel");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == SAVE ? Unsaved.SAVE : answer == DISCARD ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override
    public Path saveTarget(ScenarioViewModel scenario) {
        Path file = scenario.getFile();
        Path folder = file != null ? file.getParent() : lastFolder;
        Path chosen = files.chooseSaveTarget(owner.get(), folder, fileName(scenario.getDisplayName()));
        if (chosen != null) {
            lastFolder = chosen.toAbsolutePath().getParent();
        }
        return chosen;
    }

    /** Asks for files to open; empty when the person cancels. */
    public List<Path> filesToOpen() {
        List<Path> chosen = files.chooseToOpen(owner.get(), lastFolder);
        if (!chosen.isEmpty()) {
            lastFolder = chosen.get(0).toAbsolutePath().getParent();
        }
        return chosen;
    }

    @Override
    public boolean replace(Path existing) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Replace file");
        alert.setHeaderText(existing.getFileName() + " already exists. Replace it?");
        alert.setContentText("It is in " + existing.toAbsolutePath().getParent()
                + ". Replacing it overwrites what it holds.");
        alert.getButtonTypes().setAll(REPLACE, ButtonType.CANCEL);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == REPLACE;
    }

    private Alert alert(Alert.AlertType type, String title) {
        Alert alert = new Alert(type);
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        alert.setTitle(title);
        return alert;
    }

    /** A file name from a scenario name: characters no system allows in a name become dashes. */
    static String fileName(String displayName) {
        String safe = displayName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        return (safe.isEmpty() || safe.matches("\\.+") ? "scenario" : safe) + ScenarioFiles.EXTENSION;
    }
}
