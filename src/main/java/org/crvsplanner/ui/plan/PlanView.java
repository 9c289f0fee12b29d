package org.crvsplanner.ui.plan;

import java.util.List;

import org.crvsplanner.ui.base.KeyFigure;
import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.base.WrappingLabel;
import org.crvsplanner.ui.i18n.I18n;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The plan: key figures, the server list with totals, and the documentation's advice. */
public final class PlanView extends VBox {
    private final Label records = figureValue(KeyFigure.RECORDS);
    private final Label firstYear = figureValue(KeyFigure.FIRST_YEAR_DISK);
    private final Label horizonDisk = figureValue(KeyFigure.HORIZON_DISK);
    private final Label horizonLabel = new Label();
    private final Label provisioned = new Label();
    private final Label backup = figureValue(KeyFigure.BACKUP_DISK);
    private final Label backupLabel = new Label();
    private final Label backupProvisioned = new Label();
    private final VBox backupFigure;
    private final Label production = figureValue(KeyFigure.PRODUCTION_SERVERS);
    private final Label productionNote = new Label();
    private final Label recordsBand = band("records-band");
    private final Label firstYearBand = band("first-year-band");
    private final Label horizonBand = band("horizon-band");
    private final Label backupBand = band("backup-band");
    private final ServerGrid servers;
    private final VBox advisories = new VBox(4);
    private final VBox operations = new VBox(4);

    public PlanView(PlanViewModel model) {
        super(12);
        getStyleClass().add(Styles.PLAN);
        getStylesheets().add(PlanView.class.getResource("plan.css").toExternalForm());
        setPadding(new Insets(12));

        backupProvisioned.setId("backup-provisioned");
        backupFigure = figure(backup, backupBand, backupLabel, backupProvisioned);
        FlowPane figures = new FlowPane(10, 10,
                figure(records, recordsBand, caption("plan.figure.records")),
                figure(firstYear, firstYearBand, caption("plan.figure.firstYear")),
                figure(horizonDisk, horizonBand, horizonLabel, provisioned),
                backupFigure,
                figure(production, caption("plan.figure.production"), productionNote));
        figures.getStyleClass().add(Styles.KEY_FIGURES);

        servers = new ServerGrid(model.serverRows());
        servers.setId("servers");
        Label serversTitle = caption("plan.servers.title");
        serversTitle.getStyleClass().add(Styles.SECTION_TITLE);
        advisories.getStyleClass().add(Styles.ADVISORIES);
        advisories.setId("advisories");
        Label operationsTitle = caption("plan.operations.title");
        operationsTitle.getStyleClass().add(Styles.SECTION_TITLE);
        operations.setId("operations");
        getChildren().addAll(figures, new OutlookPane(model), serversTitle, servers, operationsTitle, operations,
                advisories);

        show(model.keyFiguresProperty().get());
        model.keyFiguresProperty().addListener((obs, old, now) -> show(now));
        showAdvisories(model);
        model.advisories().addListener((javafx.collections.ListChangeListener<String>) c -> showAdvisories(model));
        showOperations(model);
        model.operations().addListener((javafx.collections.ListChangeListener<String>) c -> showOperations(model));
        model.backupOverWindowProperty().addListener((obs, old, now) -> showOperations(model));
    }

    private static Label caption(String key) {
        Label caption = new Label();
        caption.textProperty().bind(I18n.text(key));
        return caption;
    }

    private static Label figureValue(KeyFigure figure) {
        Label value = new Label();
        value.setId(figure.id());
        value.getStyleClass().add(Styles.FIGURE_VALUE);
        return value;
    }

    /** A figure's P10 to P90 band, shown only when there is one. */
    private static Label band(String id) {
        Label band = new Label();
        band.setId(id);
        band.getStyleClass().add(Styles.FIGURE_BAND);
        return band;
    }

    private static VBox figure(Label value, Label... captions) {
        for (Label caption : captions) {
            if (!caption.getStyleClass().contains(Styles.FIGURE_BAND)) {
                caption.getStyleClass().add(Styles.FIGURE_LABEL);
            }
        }
        VBox box = new VBox(2, value);
        box.getChildren().addAll(captions);
        box.getStyleClass().add(Styles.FIGURE);
        return box;
    }

    private void show(KeyFigures f) {
        records.setText(f.recordsPerYear());
        firstYear.setText(f.firstYearDisk());
        horizonLabel.setText(f.horizonLabel());
        horizonDisk.setText(f.horizonDisk());
        provisioned.setText(f.horizonProvisioned());
        backup.setText(f.backup());
        backupLabel.setText(f.backupLabel());
        backupProvisioned.setText(f.backupProvisioned());
        // A proof of concept buys no backup server: no figure for one.
        backupFigure.setVisible(f.hasBackup());
        backupFigure.setManaged(f.hasBackup());
        production.setText(f.productionServers());
        productionNote.setText(f.productionNote());
        productionNote.setManaged(!f.productionNote().isEmpty());
        showBand(recordsBand, f.recordsBand());
        showBand(firstYearBand, f.firstYearBand());
        showBand(horizonBand, f.horizonBand());
        showBand(backupBand, f.backupBand());
    }

    private static void showBand(Label band, String text) {
        band.setText(text);
        band.setManaged(!text.isEmpty());
        band.setVisible(!text.isEmpty());
    }

    /**
     * Rewrites the advisories in place: their figures change on every slider step, and new
     * labels would each need their CSS worked out afresh.
     */
    private void showAdvisories(PlanViewModel model) {
        List<Node> labels = advisories.getChildren();
        while (labels.size() > model.advisories().size()) {
            labels.remove(labels.size() - 1);
        }
        while (labels.size() < model.advisories().size()) {
            Label advisory = new WrappingLabel();
            advisory.getStyleClass().add(Styles.ADVISORY);
            labels.add(advisory);
        }
        for (int i = 0; i < labels.size(); i++) {
            ((Label) labels.get(i)).setText(model.advisories().get(i));
        }
    }

    /** Rewritten in place like the advisories; the line on the window is a warning when the backup misses it. */
    private void showOperations(PlanViewModel model) {
        List<Node> labels = operations.getChildren();
        List<String> lines = model.operations();
        while (labels.size() > lines.size()) {
            labels.remove(labels.size() - 1);
        }
        while (labels.size() < lines.size()) {
            Label line = new WrappingLabel();
            line.setId("operations-" + labels.size());
            labels.add(line);
        }
        boolean over = model.backupOverWindowProperty().get();
        for (int i = 0; i < labels.size(); i++) {
            Label line = (Label) labels.get(i);
            line.setText(lines.get(i));
            boolean warn = i == 1 && over;
            // Only when it turns: a style class removed and added again restyles the line every step.
            if (warn != line.getStyleClass().contains(Styles.ADVISORY)) {
                if (warn) {
                    line.getStyleClass().add(Styles.ADVISORY);
                } else {
                    line.getStyleClass().remove(Styles.ADVISORY);
                }
            }
        }
    }

    public ServerGrid servers() {
        return servers;
    }
}
