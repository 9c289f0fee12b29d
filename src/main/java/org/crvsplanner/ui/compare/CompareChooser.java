package org.crvsplanner.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crvsplanner.ui.base.DialogService;
import org.crvsplanner.ui.base.Question.Answer;
import org.crvsplanner.ui.base.Question.Role;
import org.crvsplanner.ui.base.Question.Tone;
import org.crvsplanner.ui.base.Question;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Asks which 2 to 4 of the open scenarios to compare. */
public final class CompareChooser {
    /** The question's id; its Compare button is compare-ok. */
    public static final String ID = "compare";

    private CompareChooser() {
    }

    /**
     * @param names the open scenarios' names, in tab order
     * @param current the scenario in front, always offered ticked
     * @return the positions chosen, in tab order; empty when the person cancels
     */
    public static Optional<List<Integer>> ask(DialogService dialogs, List<String> names, int current) {
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
        BooleanBinding fits = Bindings.createBooleanBinding(() -> {
            long ticked = boxes.stream().filter(CheckBox::isSelected).count();
            return ticked >= CompareViewModel.MIN && ticked <= CompareViewModel.MAX;
        }, boxes.stream().map(CheckBox::selectedProperty).toArray(Observable[]::new));
        Runnable check = () -> {
            long ticked = boxes.stream().filter(CheckBox::isSelected).count();
            hint.setText(fits.get() ? "" : ticked < CompareViewModel.MIN ? I18n.get("compare.chooser.tooFew")
                    : I18n.get("compare.chooser.tooMany"));
        };
        boxes.forEach(box -> box.selectedProperty().addListener(obs -> check.run()));
        check.run();
        // JavaFX's own OK and Cancel speak the system's language, fixed at start.
        Question<Boolean> question = new Question<>(ID, Tone.PLAIN, I18n.get("compare.chooser.title"),
                I18n.get("compare.chooser.header", CompareViewModel.MIN, CompareViewModel.MAX), "", List.of(
                        new Answer<>("ok", I18n.get("compare.chooser.ok"), Role.OK, true),
                        new Answer<>("cancel", I18n.get("compare.chooser.cancel"), Role.CANCEL, false)),
                false);
        if (!dialogs.ask(question, content, fits)) {
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
