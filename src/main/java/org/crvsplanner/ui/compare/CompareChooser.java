package org.crvsplanner.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.Node;
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
        dialog.setTitle("Compare scenarios");
        dialog.setHeaderText("Choose " + CompareViewModel.MIN + " to " + CompareViewModel.MAX
                + " scenarios to compare. The first one ticked is the one the others are compared with.");
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
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("compare-ok");
        Runnable check = () -> {
            long ticked = boxes.stream().filter(CheckBox::isSelected).count();
            boolean fits = ticked >= CompareViewModel.MIN && ticked <= CompareViewModel.MAX;
            ok.setDisable(!fits);
            hint.setText(fits ? "" : ticked < CompareViewModel.MIN ? "Tick at least two."
                    : "Tick at most four; the chart stays readable with four.");
        };
        boxes.forEach(box -> box.selectedProperty().addListener(obs -> check.run()));
        check.run();
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
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
