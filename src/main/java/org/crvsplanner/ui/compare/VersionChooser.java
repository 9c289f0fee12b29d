package org.crvsplanner.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crvsplanner.ui.base.DialogService;
import org.crvsplanner.ui.base.Question;
import org.crvsplanner.ui.base.Question.Answer;
import org.crvsplanner.ui.base.Question.Role;
import org.crvsplanner.ui.base.Question.Tone;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.binding.Bindings;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** Asks which other OpenCRVS version to compare the scenario in front with. */
public final class VersionChooser {
    /** The question's id; its Compare button is compare-versions-ok. */
    public static final String ID = "compare-versions";

    private VersionChooser() {
    }

    /**
     * @param versions the versions' names, oldest first
     * @param current the position of the version the scenario follows, which is not offered
     * @return the position chosen; empty when the person cancels
     */
    public static Optional<Integer> ask(DialogService dialogs, String scenario, List<String> versions, int current) {
        ToggleGroup group = new ToggleGroup();
        List<RadioButton> buttons = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            RadioButton button = new RadioButton(versions.get(i));
            button.setId("compare-version-" + i);
            button.setMnemonicParsing(false);
            button.setToggleGroup(group);
            button.setUserData(i);
            button.setDisable(i == current);
            buttons.add(button);
        }
        // The newest, or the oldest when the scenario already follows the newest.
        int last = versions.size() - 1;
        group.selectToggle(buttons.get(current == last ? 0 : last));
        VBox content = new VBox(8);
        content.getChildren().addAll(buttons);
        Question<Boolean> question = new Question<>(ID, Tone.PLAIN, I18n.get("compare.versions.title"),
                I18n.get("compare.versions.header", scenario, versions.get(current)), "", List.of(
                        new Answer<>("ok", I18n.get("compare.chooser.ok"), Role.OK, true),
                        new Answer<>("cancel", I18n.get("compare.chooser.cancel"), Role.CANCEL, false)),
                false);
        if (!dialogs.ask(question, content, Bindings.isNotNull(group.selectedToggleProperty()))) {
            return Optional.empty();
        }
        return Optional.of((Integer) group.getSelectedToggle().getUserData());
    }
}
