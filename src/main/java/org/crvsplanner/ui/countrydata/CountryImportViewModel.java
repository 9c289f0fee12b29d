package org.crvsplanner.ui.countrydata;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.crvsplanner.countrydata.CountryData;
import org.crvsplanner.countrydata.CountryDataException;
import org.crvsplanner.countrydata.CountryDataReader;
import org.crvsplanner.countrydata.ImportListener;
import org.crvsplanner.countrydata.LastImport;
import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.text.SourceWords;
import org.crvsplanner.text.Language;
import org.crvsplanner.ui.base.DialogService;
import org.crvsplanner.ui.base.FileRequest;
import org.crvsplanner.ui.base.Notice;
import org.crvsplanner.ui.base.Question;
import org.crvsplanner.ui.base.Question.Answer;
import org.crvsplanner.ui.base.Question.Role;
import org.crvsplanner.ui.base.Question.Tone;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.planner.PlannerViewModel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * File › Import country figures…: which files (those of the last import, or others), reading them
 * off the JavaFX thread with progress and Cancel, then filling the scenario in front with the
 * country and year picked. Nothing of the scenario changes until the figures are filled; a file
 * that cannot be used gets one message naming it and what was expected.
 */
public final class CountryImportViewModel {
    /** Asks whether to import the last import's files again; its answers are country-files-last… */
    public static final String FILES_QUESTION = "country-files";
    /** The country picker; its Fill button is country-picker-fill. */
    public static final String PICKER_QUESTION = "country-picker";

    private static final Executor READERS = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "country-import");
        thread.setDaemon(true);
        return thread;
    });

    private enum FilesAnswer {
        LAST, CHOOSE, CANCEL
    }

    private final DialogService dialogs;
    private final LastImport last;
    private final CountryDataReader reader;
    private final Supplier<PlannerViewModel> target;
    private final Executor executor;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Task<CountryData> task;

    /**
     * @param target the planner of the scenario in front when the figures are filled; null when none is open
     */
    public CountryImportViewModel(DialogService dialogs, LastImport last, Supplier<PlannerViewModel> target) {
        this(dialogs, last, new CountryDataReader(), target, READERS);
    }

    /** With a reader of one's own (a fixed clock) and where to read: for tests. */
    CountryImportViewModel(DialogService dialogs, LastImport last, CountryDataReader reader, Supplier<PlannerViewModel> target,
            Executor executor) {
        this.dialogs = requireNonNull(dialogs, "dialogs");
        this.last = requireNonNull(last, "last");
        this.reader = requireNonNull(reader, "reader");
        this.target = requireNonNull(target, "target");
        this.executor = requireNonNull(executor, "executor");
    }

    /**
     * The files to import: those of the last import, if the person wants them again, or those
     * chosen in the open dialog; empty when they cancel.
     */
    public List<Path> chooseFiles() {
        List<Path> remembered = last.files();
        if (!remembered.isEmpty()) {
            switch (askAboutLast(remembered)) {
                case LAST:
                    return remembered;
                case CANCEL:
                    return List.of();
                case CHOOSE:
                    break;
            }
        }
        Path folder = remembered.isEmpty() ? null : remembered.get(0).toAbsolutePath().getParent();
        return dialogs.chooseToOpen(new FileRequest(I18n.get("countrydata.chooser.title"), List.of(
                new FileRequest.Filter(I18n.get("countrydata.chooser.filter"), List.of("*.csv", "*.zip", "*.gz")),
                new FileRequest.Filter(I18n.get("countrydata.chooser.all"), "*.*")), folder, null));
    }

    private FilesAnswer askAboutLast(List<Path> remembered) {
        StringBuilder names = new StringBuilder();
        for (Path file : remembered) {
            names.append("\n").append(file.getFileName());
        }
        Path folder = remembered.get(0).toAbsolutePath().getParent();
        return dialogs.ask(new Question<>(FILES_QUESTION, Tone.CONFIRMATION, I18n.get("countrydata.files.title"),
                I18n.get("countrydata.files.header"),
                I18n.plural("countrydata.files.detail", remembered.size(), names, folder), List.of(
                        new Answer<>("last", I18n.get("countrydata.files.last"), Role.YES, FilesAnswer.LAST),
                        new Answer<>("choose", I18n.get("countrydata.files.choose"), Role.NO, FilesAnswer.CHOOSE),
                        new Answer<>("cancel", I18n.get("countrydata.cancel"), Role.CANCEL, FilesAnswer.CANCEL)),
                FilesAnswer.CANCEL).withWidth(560));
    }

    /**
     * Reads {@code files} in the background; once read, hands the picker to {@code pick} on the
     * JavaFX thread. A file that cannot be used is told; a cancelled import changes nothing.
     *
     * @return the reading, or null when one is running already or {@code files} is empty
     */
    public Task<CountryData> read(List<Path> files, Consumer<CountryPickerViewModel> pick) {
        if (running.get() || files.isEmpty()) {
            return null;
        }
        List<Path> chosen = List.copyOf(files);
        // The language of the moment, taken along: it lives on the JavaFX thread.
        Language language = I18n.language();
        String names = chosen.size() == 1 ? String.valueOf(chosen.get(0).getFileName())
                : I18n.plural("countrydata.status.files", chosen.size(), chosen.get(0).getFileName(), chosen.size() - 1);
        Task<CountryData> reading = new Task<>() {
            private long shown = -1;

            @Override
            protected CountryData call() {
                return reader.read(chosen, new ImportListener() {
                    @Override
                    public void progress(long done, long total) {
                        updateProgress(done, total);
                        long percent = total <= 0 ? 0 : done * 100 / total;
                        if (percent != shown) {
                            shown = percent;
                            updateMessage(I18n.get(language, "countrydata.status.reading", names,
                                    Long.toString(percent)));
                        }
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        task = reading;
        running.set(true);
        progress.bind(reading.progressProperty());
        status.set(I18n.get("countrydata.status.reading", names, "0"));
        reading.messageProperty().addListener((obs, old, now) -> {
            if (running.get() && now != null && !now.isEmpty()) {
                status.set(now);
            }
        });
        reading.setOnSucceeded(e -> {
            finish(null);
            last.remember(chosen);
            CountryData data = reading.getValue();
            PlannerViewModel into = target.get();
            if (into == null) {
                status.set(I18n.get("countrydata.status.noScenario"));
                return;
            }
            status.set(I18n.plural("countrydata.status.read", data.countries().size(), names,
                    data.countries().size()));
            pick.accept(new CountryPickerViewModel(data, into.inputsProperty().get(),
                    into.countrySource().map(CountrySource::country)));
        });
        reading.setOnCancelled(e -> finish(I18n.get("countrydata.status.cancelled")));
        reading.setOnFailed(e -> {
            finish(I18n.get("countrydata.status.failed"));
            tellFailure(reading.getException());
        });
        executor.execute(reading);
        return reading;
    }

    private void finish(String text) {
        progress.unbind();
        progress.set(0);
        running.set(false);
        if (text != null) {
            status.set(text);
        }
    }

    private void tellFailure(Throwable problem) {
        String message = problem instanceof CountryDataException file ? file.message(I18n.wording())
                : I18n.get("countrydata.failed.unexpected", problem);
        dialogs.show(new Notice(Notice.Kind.ERROR, I18n.get("countrydata.failed.title"), message));
    }

    /** Stops the reading under way; the scenario stays as it was. */
    public void cancel() {
        if (task != null && !task.isDone()) {
            task.cancel();
        }
    }

    /** The picker's question; the picker itself is its content. */
    public Question<Boolean> pickerQuestion(CountryPickerViewModel picker) {
        return new Question<>(PICKER_QUESTION, Tone.PLAIN, I18n.get("countrydata.picker.title"),
                I18n.get("countrydata.picker.header"), "", List.of(
                        new Answer<>("fill", I18n.get("countrydata.picker.fill"), Role.OK, true),
                        new Answer<>("cancel", I18n.get("countrydata.cancel"), Role.CANCEL, false)),
                false).withWidth(560);
    }

    /**
     * Fills the scenario in front with the picker's figures and source, as one undo step.
     *
     * @return whether the figures were filled
     */
    public boolean fill(CountryPickerViewModel picker) {
        PlannerViewModel into = target.get();
        Optional<SizingInputs> filled = picker.filled();
        Optional<CountrySource> source = picker.source();
        if (into == null || filled.isEmpty() || source.isEmpty()) {
            return false;
        }
        // The scenario's notes follow the planner's source: they say where the figures came from.
        into.importFigures(filled.get(), source.get());
        CountrySource from = source.get();
        status.set(I18n.get("countrydata.status.filled", SourceWords.publisher(from.publisher(), I18n.wording()),
                from.countryName(), from.country(), Integer.toString(from.year())));
        return true;
    }

    /** True while files are being read. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** How much of the files has been read, from 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the status bar says about the import: reading, read, filled, cancelled or failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
