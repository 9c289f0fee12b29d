package org.crvsplanner.ui.working;

import java.util.List;

import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.base.WorkingStep;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * "Show the working": the documentation's formula with this scenario's year-1 numbers, step by
 * step. It stays open beside the main window and follows every change.
 */
public final class WorkingView extends VBox {
    private static final PseudoClass STALE = PseudoClass.getPseudoClass(Styles.STALE);

    private final GridPane grid = new GridPane();

    public WorkingView(WorkingViewModel model) {
        super(10);
        getStyleClass().add(Styles.WORKING);
        getStylesheets().add(WorkingView.class.getResource("working.css").toExternalForm());
        setPadding(new Insets(16));
        Label intro = new Label();
        intro.textProperty().bind(model.introProperty());
        intro.setWrapText(true);
        grid.setId("working-steps");
        grid.setHgap(14);
        grid.setVgap(8);
        // Titles and results keep their full width; only the formula wraps.
        ColumnConstraints title = new ColumnConstraints();
        title.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints formula = new ColumnConstraints();
        formula.setHgrow(Priority.ALWAYS);
        ColumnConstraints equals = new ColumnConstraints();
        equals.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints result = new ColumnConstraints();
        result.setHalignment(HPos.RIGHT);
        result.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(title, formula, equals, result);
        Label stale = new Label();
        stale.setId("working-stale");
        stale.getStyleClass().add(Styles.STALE_NOTICE);
        stale.setWrapText(true);
        stale.setMaxWidth(Double.MAX_VALUE);
        stale.textProperty().bind(Bindings.createStringBinding(() -> model.staleProperty().getValue() == null ? ""
                : I18n.get("working.stale", model.staleProperty().getValue()), model.staleProperty(),
                I18n.languageProperty()));
        stale.visibleProperty().bind(model.staleProperty().map(problem -> true).orElse(false));
        stale.managedProperty().bind(stale.visibleProperty());
        // The working of the last valid plan steps back while some input holds invalid text.
        stale.visibleProperty().addListener((obs, was, now) -> grid.pseudoClassStateChanged(STALE, now));
        grid.pseudoClassStateChanged(STALE, stale.isVisible());
        getChildren().addAll(intro, stale, grid);
        show(model.stepsProperty().get());
        model.stepsProperty().addListener((obs, old, now) -> show(now));
    }

    private void show(List<WorkingStep> steps) {
        grid.getChildren().clear();
        for (int row = 0; row < steps.size(); row++) {
            WorkingStep step = steps.get(row);
            Label title = new Label(step.title());
            title.getStyleClass().add(Styles.WORKING_STEP);
            Label formula = new Label(step.formula());
            formula.getStyleClass().add(Styles.WORKING_FORMULA);
            formula.setWrapText(true);
            Label result = new Label(step.result());
            result.getStyleClass().add(Styles.WORKING_RESULT);
            result.setId("working-result-" + row);
            grid.addRow(row, title, formula, new Label("="), result);
        }
    }

    /** Opens the working in its own window beside {@code owner}. */
    public static Stage open(Window owner, WorkingViewModel model, List<String> stylesheets) {
        ScrollPane scroll = new ScrollPane(new WorkingView(model));
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 900, 560);
        scene.getStylesheets().addAll(stylesheets);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.titleProperty().bind(I18n.text("working.title"));
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
