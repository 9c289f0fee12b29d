package org.crvsplanner.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crvsplanner.ui.i18n.I18n;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks which 2 to 4 of the open scenarios to compare. */
public final class CompareChooser {
    private CompareChooser() {
    }

    /**
     * @param names the open scenarios' names, in tab order
     * @param current the scenario in front, always offered ticked
     * @return the positions chosen, in tab order; empty when the person cancels
     */
    public static Optional<List<Integer>> ask(Window owner, List<String> names, int current) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(I18n.get("compare.chooser.title"));
        dialog.setHeaderText(I18n.get("compare.chooser.header", CompareViewModel.MIN, CompareViewModel.MAX));
        List<CheckBox> boxes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            CheckBox box = new CheckBox(names.get(i));
            box.setId("compare-choice-" + i);
            box.setMnemonicParsing(false);
            boxes.add(box);
        }
        preselect(boxes, current);
        Label hint = new Label();
        VBox content = new VBox(8);
        content.getChildren().addAll(boxes);
        content.getChildren().add(hint);
        dialog.getDialogPane().setContent(content);
        // JavaFX's own OK and Cancel speak the system's language, fixed at start.
        ButtonType compare = new ButtonType(I18n.get("compare.chooser.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.get("compare.chooser.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(compare, cancel);
        Node ok = dialog.getDialogPane().lookupButton(compare);
        ok.setId("compare-ok");
        Runnable check = () -> {
            long ticked = boxes.stream().filter(CheckBox::isSelected).count();
            boolean fits = ticked >= CompareViewModel.MIN && ticked <= CompareViewModel.MAX;
            ok.setDisable(!fits);
            hint.setText(fits ? "" : ticked < CompareViewModel.MIN ? I18n.get("compare.chooser.tooFew")
                    : I18n.get("compare.chooser.tooMany"));
        };
        boxes.forEach(box -> box.selectedProperty().addListener(obs -> check.run()));
        check.run();
        if (dialog.showAndWait().orElse(cancel) != compare) {
            return Optional.empty();
        }
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).isSelected()) {
                chosen.add(i);
            }
        }
        return Optional.of(chosen);
    }

    /** The scenario in front and the ones after it, up to four. */
    private static void preselect(List<CheckBox> boxes, int current) {
        int n = boxes.size();
        int start = n <= CompareViewModel.MAX ? 0 : Math.max(0, Math.min(current, n - CompareViewModel.MAX));
        for (int i = start; i < Math.min(n, start + CompareViewModel.MAX); i++) {
            boxes.get(i).setSelected(true);
        }
    }
}
