package org.crvsplanner.ui.plan;

import java.util.function.Function;

import org.crvsplanner.ui.Styles;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The plan: key figures, the server list with totals, and the documentation's advice. */
public final class PlanView extends VBox {
    private final Label records = figureValue("records-per-year");
    private final Label firstYear = figureValue("first-year-disk");
    private final Label horizonDisk = figureValue("horizon-disk");
    private final Label horizonLabel = new Label();
    private final Label provisioned = new Label();
    private final Label backup = figureValue("backup-disk");
    private final Label production = figureValue("production-servers");
    private final Label productionNote = new Label();
    private final TableView<ServerRow> table = new TableView<>();
    private final VBox advisories = new VBox(4);

    public PlanView(PlanViewModel model) {
        super(12);
        getStyleClass().add(Styles.PLAN);
        getStylesheets().add(PlanView.class.getResource("plan.css").toExternalForm());
        setPadding(new Insets(12));

        FlowPane figures = new FlowPane(10, 10,
                figure(records, new Label("Records per year")),
                figure(firstYear, new Label("Disk in year 1")),
                figure(horizonDisk, horizonLabel, provisioned),
                figure(backup, new Label("Backup disk")),
                figure(production, new Label("Production servers"), productionNote));
        figures.getStyleClass().add(Styles.KEY_FIGURES);

        buildTable(model);
        Label serversTitle = new Label("Servers");
        serversTitle.getStyleClass().add(Styles.SECTION_TITLE);
        advisories.getStyleClass().add(Styles.ADVISORIES);
        advisories.setId("advisories");
        getChildren().addAll(figures, serversTitle, table, advisories);

        show(model.keyFiguresProperty().get());
        model.keyFiguresProperty().addListener((obs, old, now) -> show(now));
        showAdvisories(model);
        model.advisories().addListener((javafx.collections.ListChangeListener<String>) c -> showAdvisories(model));
    }

    private static Label figureValue(String id) {
        Label value = new Label();
        value.setId(id);
        value.getStyleClass().add(Styles.FIGURE_VALUE);
        return value;
    }

    private static VBox figure(Label value, Label... captions) {
        for (Label caption : captions) {
            caption.getStyleClass().add(Styles.FIGURE_LABEL);
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
        provisioned.setText("provisioned " + f.horizonProvisioned());
        backup.setText(f.backup());
        production.setText(f.productionServers());
        productionNote.setText(f.productionNote());
        productionNote.setManaged(!f.productionNote().isEmpty());
    }

    private void showAdvisories(PlanViewModel model) {
        advisories.getChildren().clear();
        for (String message : model.advisories()) {
            Label advisory = new Label(message);
            advisory.setWrapText(true);
            advisory.getStyleClass().add(Styles.ADVISORY);
            advisories.getChildren().add(advisory);
        }
    }

    private void buildTable(PlanViewModel model) {
        table.setId("servers");
        table.getStyleClass().add(Styles.SERVER_TABLE);
        table.setItems(model.serverRows());
        // Figures keep their width; when space is short, role and OS give way first.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("Environment", ServerRow::environment, false, 115, 115));
        table.getColumns().add(column("Role", ServerRow::role, false, 170, 60));
        table.getColumns().add(column("Count", ServerRow::count, true, 70, 70));
        table.getColumns().add(column("CPUs", ServerRow::cpus, true, 64, 64));
        table.getColumns().add(column("RAM", ServerRow::ram, true, 70, 70));
        table.getColumns().add(column("Disk", ServerRow::disk, true, 120, 120));
        table.getColumns().add(column("OS", ServerRow::os, false, 170, 60));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ServerRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(Styles.TOTAL_ROW),
                        !empty && row != null && row.total());
            }
        });
        table.setFixedCellSize(28);
        // Tall enough for the longest list (qa, 2 production lines, staging, backup, development,
        // total) so the table never scrolls.
        table.setMinHeight(28 * 8 + 2);
        table.setPrefHeight(28 * 8 + 2);
    }

    private static TableColumn<ServerRow, String> column(String title,
            Function<ServerRow, ObservableValue<String>> cell,
            boolean numeric, double width, double minWidth) {
        TableColumn<ServerRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(features -> cell.apply(features.getValue()));
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        column.setSortable(false);
        column.setReorderable(false);
        if (numeric) {
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            });
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return column;
    }

    public TableView<ServerRow> table() {
        return table;
    }
}
