package org.crvsplanner.ui.inputs;

import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.planner.RangeViewModel;
import org.crvsplanner.ui.planner.RangesViewModel;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * "How sure": a low and a high field for each input that is an estimate, around its likely value,
 * which stays the input above. Both blank: no range.
 */
final class RangesView extends VBox {

    RangesView(RangesViewModel model, ValidationSupport validation) {
        super(10);
        getStyleClass().add(Styles.RANGES);
        Label intro = new Label();
        intro.textProperty().bind(I18n.text("inputs.ranges.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.INPUT_UNIT);
        getChildren().add(intro);
        for (RangeViewModel row : model.rows()) {
            getChildren().add(row(row, validation));
        }
    }

    private static VBox row(RangeViewModel row, ValidationSupport validation) {
        Label label = new Label();
        label.textProperty().bind(row.labelText());
        label.getStyleClass().add(Styles.INPUT_LABEL);
        Label likely = new Label();
        likely.textProperty().bind(row.likelyText());
        likely.getStyleClass().add(Styles.INPUT_UNIT);
        TextField low = field(row, "low");
        low.textProperty().bindBidirectional(row.lowProperty());
        TextField high = field(row, "high");
        high.textProperty().bindBidirectional(row.highProperty());
        label.setLabelFor(low);
        Label dash = new Label("–");
        HBox ends = new HBox(6, low, dash, high);
        ends.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(low, Priority.ALWAYS);
        HBox.setHgrow(high, Priority.ALWAYS);

        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(
                () -> row.errorProperty().get() != null ? row.errorProperty().get() : I18n.get("inputs.ranges.tooltip"),
                row.errorProperty(), I18n.languageProperty()));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        tip.setShowDelay(Duration.millis(300));
        low.setTooltip(tip);
        high.setTooltip(tip);
        for (TextField field : new TextField[] {low, high}) {
            validation.registerValidator(field, false, (control, text) -> ValidationResult.fromMessageIf(control,
                    row.errorProperty().get(), Severity.ERROR, row.errorProperty().get() != null));
        }
        row.errorProperty().addListener((obs, old, error) -> {
            for (TextField field : new TextField[] {low, high}) {
                validation.revalidate(field);
                field.pseudoClassStateChanged(PseudoClass.getPseudoClass(Styles.INVALID), error != null);
            }
        });

        VBox box = new VBox(2, label, ends, likely);
        box.setId(row.id() + "-range");
        return box;
    }

    private static TextField field(RangeViewModel row, String end) {
        TextField field = new TextField();
        field.setId(row.id() + "-" + end);
        field.getStyleClass().add(Styles.INPUT_FIELD);
        field.setPrefColumnCount(6);
        field.setMaxWidth(Double.MAX_VALUE);
        field.setAlignment(Pos.CENTER_RIGHT);
        field.promptTextProperty().bind(I18n.text("inputs.range." + end + ".prompt"));
        field.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> I18n.get("inputs.range." + end, row.labelText().get()), I18n.languageProperty()));
        return field;
    }
}
