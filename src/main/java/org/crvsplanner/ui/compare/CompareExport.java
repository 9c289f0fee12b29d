package org.crvsplanner.ui.compare;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import org.crvsplanner.export.Comparison;
import org.crvsplanner.export.ComparisonWorkbook;
import org.crvsplanner.export.ProcurementWorkbook;
import org.crvsplanner.scenario.FileProblem;
import org.crvsplanner.text.AppInfo;
import org.crvsplanner.text.Wording;
import org.crvsplanner.ui.base.DialogService;
import org.crvsplanner.ui.base.ExportFolder;
import org.crvsplanner.ui.base.FileRequest;
import org.crvsplanner.ui.base.Notice;
import org.crvsplanner.ui.base.Notification;
import org.crvsplanner.ui.i18n.I18n;

import javafx.concurrent.Task;

/**
 * The comparison's Export workbook…: asks where, then writes the comparison as it stands to a
 * workbook of one Compare sheet, off the JavaFX thread (the workbook library takes a moment to
 * load the first time), and says when it is done or what went wrong.
 */
public final class CompareExport {
    private static final Executor EXPORTS = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "comparison-export");
        thread.setDaemon(true);
        return thread;
    });

    private final CompareViewModel model;
    private final DialogService dialogs;
    private final ExportFolder folder;

    /** @param folder where the last workbook went, which the save dialog opens at */
    public CompareExport(CompareViewModel model, DialogService dialogs, ExportFolder folder) {
        this.model = requireNonNull(model, "model");
        this.dialogs = requireNonNull(dialogs, "dialogs");
        this.folder = requireNonNull(folder, "folder");
    }

    /** Asks where, then exports there. */
    public void chooseAndExport() {
        ProcurementWorkbook.prepare();
        Comparison comparison = model.comparison(LocalDate.now(), AppInfo.version());
        FileRequest request = new FileRequest(I18n.get("compare.export.title"),
                List.of(new FileRequest.Filter(I18n.get("compare.export.filter"), "*.xlsx")), folder.last(),
                ComparisonWorkbook.suggestedFileName(comparison, I18n.wording()));
        dialogs.chooseSaveTarget(request).ifPresent(target -> {
            folder.remember(target);
            export(comparison, target);
        });
    }

    /**
     * Writes {@code comparison} to {@code target}, ".xlsx" added when left out. A failure leaves
     * any earlier file as it was and tells the person why, naming the file.
     */
    public Task<Path> export(Comparison comparison, Path target) {
        Path file = ProcurementWorkbook.withExtension(target);
        // Worded here, on the JavaFX thread, where the language lives.
        Wording wording = I18n.wording();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() {
                ComparisonWorkbook.write(comparison, file, wording);
                return file;
            }
        };
        task.setOnSucceeded(e -> {
            Path folder = file.toAbsolutePath().getParent();
            dialogs.notify(new Notification(I18n.get("compare.export.done.title"),
                    I18n.get("compare.export.done.text", file.getFileName(), folder), Duration.ofSeconds(8), List.of()));
        });
        task.setOnFailed(e -> dialogs.show(new Notice(Notice.Kind.ERROR, I18n.get("compare.export.failed.title"),
                I18n.get("compare.export.failed.header"), failure(task.getException(), wording))));
        EXPORTS.execute(task);
        return task;
    }

    private static String failure(Throwable problem, Wording wording) {
        return problem instanceof FileProblem file ? file.message(wording)
                : I18n.get("compare.export.failed.unexpected", problem);
    }
}
