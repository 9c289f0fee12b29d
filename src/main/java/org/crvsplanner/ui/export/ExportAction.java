package org.crvsplanner.ui.export;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.controlsfx.control.StatusBar;
import org.crvsplanner.ui.base.DialogService;
import org.crvsplanner.ui.base.ExportFolder;
import org.crvsplanner.ui.base.FileRequest;
import org.crvsplanner.ui.base.Notice;
import org.crvsplanner.ui.base.Notification;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.scene.control.Label;

/**
 * File → Export workbook…: asks where, exports in the background with progress in the status
 * bar, then offers to open the workbook or its folder. The native save dialog asks before it
 * replaces an existing file.
 */
public final class ExportAction {

    private final ExportViewModel model;
    private final DialogService dialogs;
    private final StatusBar status;
    private final Consumer<String> openDocument;
    private final ExportFolder folder;
    private final Label progress = new Label();

    /**
     * @param status the window's status bar, where the export shows its progress
     * @param openDocument opens a file or folder URI with the desktop's application for it
     * @param folder where the last workbook went, which the save dialog opens at
     */
    public ExportAction(ExportViewModel model, DialogService dialogs, StatusBar status, Consumer<String> openDocument,
            ExportFolder folder) {
        this.model = requireNonNull(model, "model");
        this.dialogs = requireNonNull(dialogs, "dialogs");
        this.status = requireNonNull(status, "status");
        this.openDocument = requireNonNull(openDocument, "openDocument");
        this.folder = requireNonNull(folder, "folder");
        progress.setId("export-status");
        status.getRightItems().add(progress);
    }

    /**
     * Lets later events, such as a save or an open, take the place of "Exported …" in the status
     * bar: it must not claim to be the last thing done once it is not.
     */
    public void giveWayTo(ObservableValue<? extends ObservableValue<String>> events) {
        events.addListener((o, before, event) -> {
            if (event != null && !model.runningProperty().get()) {
                progress.textProperty().unbind();
                progress.textProperty().bind(event);
            }
        });
    }

    /** Asks where, then exports there. */
    public void chooseAndExport() {
        model.prepare();
        FileRequest request = new FileRequest(I18n.get("export.chooser.title"),
                List.of(new FileRequest.Filter(I18n.get("export.chooser.filter"), "*.xlsx")),
                folder.last(), model.suggestedFileName());
        dialogs.chooseSaveTarget(request).ifPresent(chosen -> {
            folder.remember(chosen);
            export(chosen);
        });
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
            // At the dialog's own width, as the export's failure has always been shown.
            dialogs.show(new Notice(Notice.Kind.ERROR, I18n.get("export.failed.title"),
                    I18n.get("export.failed.header"), ExportViewModel.failureMessage(task.getException()))
                    .withWidth(0));
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
        dialogs.notify(new Notification(I18n.get("export.done.title"),
                I18n.get("export.done.text", file.getFileName(), folder), Duration.ofSeconds(12), List.of(
                        new Notification.Link(I18n.get("export.done.openWorkbook"),
                                () -> openDocument.accept(file.toUri().toString())),
                        new Notification.Link(I18n.get("export.done.openFolder"),
                                () -> openDocument.accept(folder.toUri().toString())))));
    }
}
