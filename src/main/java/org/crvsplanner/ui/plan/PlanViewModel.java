package org.crvsplanner.ui.plan;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.model.Advisory;
import org.crvsplanner.model.ClusterChange;
import org.crvsplanner.model.ServerLine;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.Totals;
import org.crvsplanner.model.YearProjection;
import org.crvsplanner.ui.Formats;

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

    public PlanViewModel(ObservableValue<SizingPlan> plan) {
        show(plan.getValue());
        plan.addListener((obs, old, now) -> show(now));
    }

    private void show(SizingPlan plan) {
        keyFigures.set(keyFigures(plan));
        List<ServerRow> rows = rows(plan);
        // Replacing only the rows that changed keeps the table's other cells, and their CSS, as
        // they are while a slider moves.
        if (rows.size() != serverRows.size()) {
            serverRows.setAll(rows);
        } else {
            for (int i = 0; i < rows.size(); i++) {
                if (!rows.get(i).equals(serverRows.get(i))) {
                    serverRows.set(i, rows.get(i));
                }
            }
        }
        List<String> messages = new ArrayList<>();
        for (Advisory advisory : plan.advisories()) {
            messages.add(advisory.message());
        }
        if (!messages.equals(advisories)) {
            advisories.setAll(messages);
        }
    }

    static KeyFigures keyFigures(SizingPlan plan) {
        YearProjection first = plan.firstYear();
        YearProjection last = plan.horizonYear();
        StringBuilder note = new StringBuilder();
        for (ClusterChange change : plan.clusterChanges()) {
            if (note.length() == 0) {
                note.append(first.productionServers()).append(" at first");
            }
            note.append(", ").append(change.productionServers()).append(" from year ").append(change.year());
        }
        return new KeyFigures(
                Formats.whole(first.records()),
                Formats.gb(first.applicationServerDiskGb()),
                "Disk in year " + last.year(),
                Formats.gb(last.applicationServerDiskGb()),
                Formats.gb(last.provisionedDiskGb()),
                Formats.gb(last.backupServerDiskGb()),
                Integer.toString(plan.productionServers()),
                note.toString());
    }

    static List<ServerRow> rows(SizingPlan plan) {
        List<ServerRow> rows = new ArrayList<>();
        for (ServerLine line : plan.servers()) {
            rows.add(new ServerRow(line.environment().id(), line.role().label(), Integer.toString(line.count()),
                    Integer.toString(line.cpus()), line.ramGb() + " GB", Formats.gb(line.diskGb()), line.os(), false));
        }
        Totals totals = plan.totals();
        rows.add(new ServerRow("Total", "", Integer.toString(totals.servers()), Integer.toString(totals.cpus()),
                totals.ramGb() + " GB", Formats.gb(totals.diskGb()), "", true));
        return rows;
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
}
