package org.crvsplanner.ui.plan;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.model.Advisory;
import org.crvsplanner.model.ClusterChange;
import org.crvsplanner.model.InputRanges;
import org.crvsplanner.model.Outlook;
import org.crvsplanner.model.ServerLine;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.Totals;
import org.crvsplanner.model.Uncertainty;
import org.crvsplanner.model.YearBand;
import org.crvsplanner.model.YearProjection;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;
import org.crvsplanner.ui.base.Formats;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.planner.OutlookViewModel;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The server list, key figures and advice of the plan on screen, as text. */
public final class PlanViewModel {
    private final ReadOnlyObjectWrapper<KeyFigures> keyFigures = new ReadOnlyObjectWrapper<>(this, "keyFigures");
    private final ObservableList<ServerRow> serverRows = FXCollections.observableArrayList();
    private final ObservableList<String> advisories = FXCollections.observableArrayList();
    private final ObservableList<ServerRow> readOnlyRows = FXCollections.unmodifiableObservableList(serverRows);
    private final ObservableList<String> readOnlyAdvisories = FXCollections.unmodifiableObservableList(advisories);
    private final ObservableList<String> operations = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyOperations = FXCollections.unmodifiableObservableList(operations);
    private final ReadOnlyObjectWrapper<Boolean> backupOverWindow = new ReadOnlyObjectWrapper<>(this,
            "backupOverWindow", false);
    private final ObservableValue<SizingPlan> plan;
    private final OutlookViewModel outlook;
    private final ReadOnlyObjectWrapper<List<TornadoBar>> tornado = new ReadOnlyObjectWrapper<>(this, "tornado", List.of());
    private final ReadOnlyStringWrapper tornadoTitle = new ReadOnlyStringWrapper(this, "tornadoTitle", "");
    private final ReadOnlyStringWrapper fillDates = new ReadOnlyStringWrapper(this, "fillDates", "");
    private final ReadOnlyStringWrapper diskPrompt = new ReadOnlyStringWrapper(this, "diskPrompt", "");
    // Held here: the language property keeps only a weak reference, so a closed tab's plan goes.
    private final InvalidationListener relabel;

    /** A plan without ranges: fill dates of the provisioned disk, no bands. */
    public PlanViewModel(ObservableValue<SizingPlan> plan) {
        this(plan, new OutlookViewModel(plan, new SimpleObjectProperty<>(InputRanges.NONE)));
    }

    /**
     * @param outlook the bands, tornado and fill dates of the same plan
     */
    public PlanViewModel(ObservableValue<SizingPlan> plan, OutlookViewModel outlook) {
        this.plan = plan;
        this.outlook = outlook;
        show(plan.getValue());
        showOutlook();
        plan.addListener((obs, old, now) -> show(now));
        // The fill dates follow the plan in the same pulse; the bands when a run is done.
        outlook.fillDatesProperty().addListener(obs -> showFillDates());
        outlook.bandsProperty().addListener(obs -> showOutlook());
        relabel = obs -> {
            show(this.plan.getValue());
            showOutlook();
        };
        I18n.languageProperty().addListener(new WeakInvalidationListener(relabel));
    }

    private void show(SizingPlan plan) {
        keyFigures.set(keyFigures(plan, outlook.bandsProperty().get()));
        List<List<String>> rows = rows(plan);
        // The same environments and roles keep their rows, whose cells are rewritten in place;
        // only a new stage, topology or development server builds new rows.
        if (!sameEnvironments(rows)) {
            List<ServerRow> fresh = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                fresh.add(new ServerRow(i == rows.size() - 1, rows.get(i)));
            }
            serverRows.setAll(fresh);
        } else {
            for (int i = 0; i < rows.size(); i++) {
                serverRows.get(i).show(rows.get(i));
            }
        }
        List<String> messages = new ArrayList<>();
        for (Advisory advisory : plan.advisories()) {
            messages.add(ModelWords.advice(advisory, I18n.wording()));
        }
        if (!messages.equals(advisories)) {
            advisories.setAll(messages);
        }
        List<String> nightly = OperationsText.lines(plan);
        if (!nightly.equals(operations)) {
            operations.setAll(nightly);
        }
        backupOverWindow.set(plan.operations().firstYearOverWindow().isPresent());
    }

    private void showOutlook() {
        SizingPlan now = plan.getValue();
        Outlook bands = outlook.bandsProperty().get();
        keyFigures.set(keyFigures(now, bands));
        tornado.set(OutlookTexts.tornado(bands, now));
        tornadoTitle.set(I18n.get("plan.tornado.title", now.years().size()));
        showFillDates();
    }

    private void showFillDates() {
        SizingPlan now = plan.getValue();
        double disk = outlook.diskGbProperty().get();
        fillDates.set(Double.isNaN(disk) ? ""
                : OutlookTexts.fillDates(disk, outlook.fillDatesProperty().get(), outlook.bandsProperty().get(),
                        now.years().size()));
        diskPrompt.set(I18n.get("plan.disk.prompt", Formats.whole(now.horizonYear().provisionedDiskGb())));
    }

    static KeyFigures keyFigures(SizingPlan plan) {
        return keyFigures(plan, Outlook.NONE);
    }

    /** The key figures, with the bands of {@code bands} when it has them for this horizon. */
    static KeyFigures keyFigures(SizingPlan plan, Outlook bands) {
        KeyFigures point = pointFigures(plan);
        List<YearBand> years = bands.uncertainty().map(Uncertainty::years).orElse(List.of());
        if (years.size() != plan.years().size()) {
            return point;
        }
        YearBand first = years.get(0);
        YearBand last = years.get(years.size() - 1);
        return new KeyFigures(point.recordsPerYear(), point.firstYearDisk(), point.horizonLabel(), point.horizonDisk(),
                point.horizonProvisioned(), point.backupLabel(), point.backup(), point.backupProvisioned(),
                point.productionServers(), point.productionNote(),
                OutlookTexts.band(first.records(), false), OutlookTexts.band(first.applicationServerDiskGb(), true),
                OutlookTexts.band(last.applicationServerDiskGb(), true),
                point.hasBackup() ? OutlookTexts.band(last.backupServerDiskGb(), true) : "");
    }

    private static KeyFigures pointFigures(SizingPlan plan) {
        YearProjection first = plan.firstYear();
        YearProjection last = plan.horizonYear();
        StringBuilder note = new StringBuilder();
        for (ClusterChange change : plan.clusterChanges()) {
            if (note.length() == 0) {
                note.append(I18n.get("plan.cluster.first", first.productionServers()));
            }
            note.append(", ").append(I18n.get("plan.cluster.from", change.productionServers(), change.year()));
        }
        return new KeyFigures(
                Formats.whole(first.records()),
                Formats.gb(first.applicationServerDiskGb()),
                I18n.get("plan.figure.horizon", last.year()),
                Formats.gb(last.applicationServerDiskGb()),
                I18n.get("plan.figure.provisioned", Formats.gb(last.provisionedDiskGb())),
                plan.hasBackupServer() ? I18n.get("plan.figure.backup", last.year()) : "",
                plan.hasBackupServer() ? Formats.gb(last.backupServerDiskGb()) : "",
                plan.hasBackupServer() ? I18n.get("plan.figure.provisioned", Formats.gb(last.provisionedBackupDiskGb()))
                        : "",
                Integer.toString(plan.productionServers()),
                note.toString(), "", "", "", "");
    }

    private boolean sameEnvironments(List<List<String>> rows) {
        if (rows.size() != serverRows.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            ServerRow row = serverRows.get(i);
            if (!row.environment().get().equals(rows.get(i).get(0)) || !row.role().get().equals(rows.get(i).get(1))) {
                return false;
            }
        }
        return true;
    }

    /** The cells of each row, the total last. */
    static List<List<String>> rows(SizingPlan plan) {
        Wording wording = I18n.wording();
        List<List<String>> rows = new ArrayList<>();
        for (ServerLine line : plan.servers()) {
            rows.add(List.of(ModelWords.label(line.environment(), wording), ModelWords.label(line.role(), wording),
                    Integer.toString(line.count()), Integer.toString(line.cpus()), ram(wording, line.ramGb()),
                    Formats.gb(line.diskGb()), line.os()));
        }
        Totals totals = plan.totals();
        rows.add(List.of(I18n.get("plan.servers.total"), "", Integer.toString(totals.servers()),
                Integer.toString(totals.cpus()), ram(wording, totals.ramGb()), Formats.gb(totals.diskGb()), ""));
        return rows;
    }

    private static String ram(Wording wording, double gb) {
        return wording.withUnit(wording.whole(gb), "GB");
    }

    public ReadOnlyObjectProperty<KeyFigures> keyFiguresProperty() {
        return keyFigures.getReadOnlyProperty();
    }

    public ObservableList<ServerRow> serverRows() {
        return readOnlyRows;
    }

    public ObservableList<String> advisories() {
        return readOnlyAdvisories;
    }

    /** The tornado's bars, widest first; empty without ranges. */
    public ReadOnlyObjectProperty<List<TornadoBar>> tornadoProperty() {
        return tornado.getReadOnlyProperty();
    }

    /** "What moves the year-5 disk most". */
    public ReadOnlyStringProperty tornadoTitleProperty() {
        return tornadoTitle.getReadOnlyProperty();
    }

    /** When the disk per server reaches 50%, 70% and 100%, and what that buys; "" without a disk. */
    public ReadOnlyStringProperty fillDatesProperty() {
        return fillDates.getReadOnlyProperty();
    }

    /** The disk per server typed for the fill dates; blank for the provisioned one. */
    public StringProperty diskTextProperty() {
        return outlook.disk().textProperty();
    }

    public ReadOnlyStringProperty diskErrorProperty() {
        return outlook.disk().errorProperty();
    }

    /** "provisioned: 6,669 GB", what a blank disk field stands for. */
    public ReadOnlyStringProperty diskPromptProperty() {
        return diskPrompt.getReadOnlyProperty();
    }

    /** The Operations section's lines, the second saying whether the backup keeps within the night. */
    public ObservableList<String> operations() {
        return readOnlyOperations;
    }

    public ReadOnlyObjectProperty<Boolean> backupOverWindowProperty() {
        return backupOverWindow.getReadOnlyProperty();
    }
}
