package org.crvsplanner.ui.workspace;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.crvsplanner.scenario.ScenarioFiles;
import org.crvsplanner.ui.i18n.I18n;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks the workspace's questions with dialogs over the window. */
public final class DialogQuestions implements Questions {
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
        Alert alert = alert(Alert.AlertType.WARNING, I18n.get("workspace.unsaved.title"));
        alert.setHeaderText(I18n.get("workspace.unsaved.question", scenario.getDisplayName()));
        alert.setContentText(scenario.getFile() == null ? I18n.get("workspace.unsaved.neverSaved")
                : I18n.get("workspace.unsaved.sinceSaved", scenario.getFile().getFileName()));
        ButtonType save = button("workspace.unsaved.save", ButtonBar.ButtonData.YES);
        ButtonType discard = button("workspace.unsaved.discard", ButtonBar.ButtonData.NO);
        ButtonType cancel = cancel();
        alert.getButtonTypes().setAll(save, discard, cancel);
        alert.getDialogPane().lookupButton(save).setId("unsaved-save");
        alert.getDialogPane().lookupButton(discard).setId("unsaved-discard");
        alert.getDialogPane().lookupButton(cancel).setId("unsaved-cancel");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? Unsaved.SAVE : answer == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
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
        Alert alert = alert(Alert.AlertType.CONFIRMATION, I18n.get("workspace.replace.title"));
        alert.setHeaderText(I18n.get("workspace.replace.question", existing.getFileName()));
        alert.setContentText(I18n.get("workspace.replace.detail", existing.toAbsolutePath().getParent()));
        ButtonType replace = button("workspace.replace.replace", ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(replace, cancel());
        return alert.showAndWait().orElse(null) == replace;
    }

    @Override
    public boolean replaceChanged(Path file) {
        Alert alert = alert(Alert.AlertType.WARNING, I18n.get("workspace.changed.title"));
        alert.setHeaderText(I18n.get("workspace.changed.question", file.getFileName()));
        alert.setContentText(I18n.get("workspace.changed.detail"));
        ButtonType replace = button("workspace.changed.replace", ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = cancel();
        alert.getButtonTypes().setAll(replace, cancel);
        // Replacing someone's work must be chosen, not fallen into with Enter.
        ((Button) alert.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().orElse(null) == replace;
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

    /** A button in the current language; each dialog makes its own, as the language may have changed. */
    static ButtonType button(String key, ButtonBar.ButtonData data) {
        return new ButtonType(I18n.get(key), data);
    }

    /** Cancel in the window's language: JavaFX's own Cancel speaks the system's, fixed at start. */
    static ButtonType cancel() {
        return button("workspace.dialog.cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** A file name from a scenario name: characters no system allows in a name become dashes. */
    static String fileName(String displayName) {
        String safe = displayName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        return (safe.isEmpty() || safe.matches("\\.+") ? I18n.get("workspace.file.defaultName") : safe)
                + ScenarioFiles.EXTENSION;
    }
}
