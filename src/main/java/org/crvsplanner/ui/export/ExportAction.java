package org.crvsplanner.ui.export;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.prefs.Preferences;

import org.controlsfx.control.Notifications;
import org.controlsfx.control.StatusBar;
import org.controlsfx.control.action.Action;
import org.crvsplanner.ui.i18n.I18n;

import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.util.Duration;

/**
 * File → Export workbook…: asks where, exports in the background with progress in the status
 * bar, then offers to open the workbook or its folder. The native save dialog asks before it
 * replaces an existing file.
 */
public final class ExportAction {
    private static final String FOLDER_KEY = "exportFolder";

    private final ExportViewModel model;
    private final Node owner;
    private final StatusBar status;
    private final Consumer<String> openDocument;
    private final Preferences preferences;
    private final MenuItem item = new MenuItem();
    private final Label progress = new Label();

    /**
     * @param openDocument opens a file or folder URI with the desktop's application for it
     */
    public ExportAction(ExportViewModel model, Node owner, StatusBar status, Consumer<String> openDocument,
            Preferences preferences, ObservableBooleanValue unavailable) {
        this.model = model;
        this.owner = owner;
        this.status = status;
        this.openDocument = openDocument;
        this.preferences = preferences;
        item.textProperty().bind(I18n.text("export.menu"));
        item.setId("export-workbook");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        item.disableProperty().bind(model.runningProperty().or(unavailable));
        progress.setId("export-status");
        status.getRightItems().add(progress);
        item.setOnAction(e -> chooseAndExport());
    }

    public MenuItem menuItem() {
        return item;
    }

    private void chooseAndExport() {
        model.prepare();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.get("export.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get("export.chooser.filter"), "*.xlsx"));
        chooser.setInitialFileName(model.suggestedFileName());
        java.io.File folder = new java.io.File(preferences.get(FOLDER_KEY, System.getProperty("user.home")));
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        java.io.File chosen = chooser.showSaveDialog(owner.getScene().getWindow());
        if (chosen != null) {
            preferences.put(FOLDER_KEY, chosen.getParent() == null ? "" : chosen.getParent());
            export(chosen.toPath());
        }
    }

    /** Exports to {@code target} without asking, as the dialog does once a file is chosen. */
    public Task<Path> export(Path target) {
        Task<Path> task = model.export(target);
        progress.textProperty().bind(task.messageProperty());
        status.progressProperty().bind(task.progressProperty());
        task.setOnSucceeded(e -> {
            release();
            progress.textProperty().bind(I18n.text("export.status.done", task.getValue().getFileName()));
            notifyDone(task.getValue());
        });
        task.setOnFailed(e -> {
            release();
            progress.textProperty().bind(I18n.text("export.status.failed"));
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(owner.getScene().getWindow());
            alert.setTitle(I18n.get("export.failed.title"));
            alert.setHeaderText(I18n.get("export.failed.header"));
            // FileProblem messages name the file and the reason; anything else is unexpected.
            Throwable problem = task.getException();
            alert.setContentText(problem instanceof org.crvsplanner.scenario.FileProblem file
                    ? file.message(I18n.wording())
                    : problem instanceof IllegalArgumentException ? problem.getMessage()
                    : I18n.get("export.failed.unexpected", problem));
            alert.show();
        });
        return task;
    }

    private void release() {
        progress.textProperty().unbind();
        status.progressProperty().unbind();
        status.setProgress(0);
    }

    private void notifyDone(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        Notifications.create()
                .owner(owner)
                .title(I18n.get("export.done.title"))
                .text(I18n.get("export.done.text", file.getFileName(), folder))
                .hideAfter(Duration.seconds(12))
                .action(new Action(I18n.get("export.done.openWorkbook"), e -> openDocument.accept(file.toUri().toString())),
                        new Action(I18n.get("export.done.openFolder"), e -> openDocument.accept(folder.toUri().toString())))
                .showInformation();
    }
}
