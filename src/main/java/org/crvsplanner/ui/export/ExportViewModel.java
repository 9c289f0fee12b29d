package org.crvsplanner.ui.export;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.crvsplanner.export.ProcurementWorkbook;
import org.crvsplanner.export.WorkbookContent;
import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.scenario.FileProblem;
import org.crvsplanner.text.AppInfo;
import org.crvsplanner.text.Wording;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/**
 * Exports the plan on screen as the procurement workbook, off the JavaFX thread: building it
 * loads Apache POI, which takes a moment the first time, and the window must stay responsive.
 */
public final class ExportViewModel {
    private static final Executor EXPORTS = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "workbook-export");
        thread.setDaemon(true);
        return thread;
    });

    private final Supplier<SizingPlan> plan;
    private final Supplier<String> scenarioName;
    private final Supplier<String> notes;
    private final Supplier<Optional<CountrySource>> source;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    /**
     * @param plan the plan on screen when the export starts, with its scenario's name and notes
     * @param source where its population and rates came from, which the Assumptions sheet names
     */
    public ExportViewModel(Supplier<SizingPlan> plan, Supplier<String> scenarioName, Supplier<String> notes,
            Supplier<Optional<CountrySource>> source) {
        this.plan = requireNonNull(plan, "plan");
        this.scenarioName = requireNonNull(scenarioName, "scenarioName");
        this.notes = requireNonNull(notes, "notes");
        this.source = requireNonNull(source, "source");
    }

    /** Starts loading the workbook library in the background, so the export itself is quick. */
    public void prepare() {
        ProcurementWorkbook.prepare();
    }

    /** A file name from the scenario name and today's date, e.g. "National roll-out 2026-11-25.xlsx". */
    public String suggestedFileName() {
        return ProcurementWorkbook.suggestedFileName(scenarioName.get(), LocalDate.now(), I18n.wording());
    }

    /** The chosen file, with ".xlsx" added when the person left it out. */
    public static Path withExtension(Path chosen) {
        return ProcurementWorkbook.withExtension(chosen);
    }

    /**
     * Starts writing the plan shown now to {@code target}. The task fails with a
     * {@link FileProblem} whose message names the file and what is wrong; the target is then
     * unchanged.
     */
    public Task<Path> export(Path target) {
        SizingPlan shown = plan.get();
        String name = scenarioName.get();
        String words = notes.get();
        Optional<CountrySource> figures = source.get();
        String tooLong = tooLong(name, words);
        Path file = withExtension(target);
        // Worded here, on the JavaFX thread, where the language lives.
        String exporting = I18n.get("export.status.running", file.getFileName());
        Wording wording = I18n.wording();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() {
                if (tooLong != null) {
                    throw new IllegalArgumentException(tooLong);
                }
                WorkbookContent content = WorkbookContent.of(shown, name, words, LocalDate.now(), AppInfo.version())
                        .withCountrySource(figures);
                updateMessage(exporting);
                updateProgress(-1, 1);
                ProcurementWorkbook.write(content, file, wording);
                updateProgress(1, 1);
                return file;
            }
        };
        running.bind(task.runningProperty());
        EXPORTS.execute(task);
        return task;
    }

    /**
     * Why the name or the notes cannot go in the workbook, or null. Scenario files hold far longer
     * notes than a spreadsheet cell; the failure dialog says so, in the window's language.
     */
    private static String tooLong(String name, String notes) {
        if (!WorkbookContent.fitsOneCell(name)) {
            return I18n.get("export.tooLong.name", name.length(), WorkbookContent.cellCapacity());
        }
        if (!WorkbookContent.fitsOneCell(notes)) {
            return I18n.get("export.tooLong.notes", notes.length(), WorkbookContent.cellCapacity());
        }
        return null;
    }

    /**
     * What to tell the person when an export failed: a {@link FileProblem} names the file and the
     * reason, a name or notes too long say so; anything else is unexpected.
     */
    public static String failureMessage(Throwable problem) {
        return problem instanceof FileProblem file ? file.message(I18n.wording())
                : problem instanceof IllegalArgumentException ? problem.getMessage()
                : I18n.get("export.failed.unexpected", problem);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
