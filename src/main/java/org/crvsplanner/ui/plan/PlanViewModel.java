package org.crvsplanner.ui.plan;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.model.Advisory;
import org.crvsplanner.model.ClusterChange;
import org.crvsplanner.model.ServerLine;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.Totals;
import org.crvsplanner.model.YearProjection;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;
import org.crvsplanner.ui.base.Formats;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
    // Held here: the language property keeps only a weak reference, so a closed tab's plan goes.
    private final InvalidationListener relabel;

    public PlanViewModel(ObservableValue<SizingPlan> plan) {
        this.plan = plan;
        show(plan.getValue());
        plan.addListener((obs, old, now) -> show(now));
        relabel = obs -> show(this.plan.getValue());
        I18n.languageProperty().addListener(new WeakInvalidationListener(relabel));
    }

    private void show(SizingPlan plan) {
        keyFigures.set(keyFigures(plan));
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

    static KeyFigures keyFigures(SizingPlan plan) {
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
                Formats.gb(last.backupServerDiskGb()),
                Integer.toString(plan.productionServers()),
                note.toString());
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

    /** The Operations section's lines, the second saying whether the backup keeps within the night. */
    public ObservableList<String> operations() {
        return readOnlyOperations;
    }

    public ReadOnlyObjectProperty<Boolean> backupOverWindowProperty() {
        return backupOverWindow.getReadOnlyProperty();
    }
}
