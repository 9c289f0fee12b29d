package org.crvsplanner.ui.workspace;

import java.util.List;

import org.crvsplanner.ui.base.DialogService;
import org.crvsplanner.ui.base.Question.Answer;
import org.crvsplanner.ui.base.Question.Role;
import org.crvsplanner.ui.base.Question.Tone;
import org.crvsplanner.ui.base.Question;
import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * At start, after a crash: lists the unsaved work that was kept and asks whether to restore it.
 * "Not now" keeps it for the next start.
 */
public final class RecoveryDialog {
    /** The question's id, which its buttons carry: recovery-restore, recovery-discard. */
    public static final String ID = "recovery";

    /** What the person chose. */
    public enum Choice {
        RESTORE, DISCARD, LATER
    }

    private RecoveryDialog() {
    }

    /** Shows the offer and waits for an answer. */
    public static Choice ask(DialogService dialogs, RecoveryOffer offer) {
        int count = offer.items().size();
        String header = count == 0 ? I18n.get("workspace.recovery.crashed")
                : I18n.plural("workspace.recovery.kept", count, count);
        Question<Choice> question = new Question<>(ID, Tone.CONFIRMATION, I18n.get("workspace.recovery.title"),
                header, "", List.of(
                        new Answer<>("restore", I18n.get("workspace.recovery.restore"), Role.OK, Choice.RESTORE),
                        new Answer<>("discard", I18n.get("workspace.recovery.discard"), Role.NO, Choice.DISCARD),
                        new Answer<>("later", I18n.get("workspace.recovery.later"), Role.CANCEL, Choice.LATER)),
                Choice.LATER).withWidth(520);
        return dialogs.ask(question, content(offer), Bindings.createBooleanBinding(() -> true));
    }

    private static VBox content(RecoveryOffer offer) {
        VBox list = new VBox(2);
        list.getStyleClass().add(Styles.RECOVERY_LIST);
        list.setId("recovery-list");
        for (RecoveryOffer.Item item : offer.items()) {
            Label name = new Label(item.name());
            name.getStyleClass().add(Styles.RECOVERY_NAME);
            Label detail = new Label(I18n.get("workspace.recovery.item", item.savedAt(), item.origin()));
            detail.setWrapText(true);
            VBox entry = new VBox(1, name, detail);
            entry.getStyleClass().add(Styles.RECOVERY_ITEM);
            list.getChildren().add(entry);
        }
        for (String problem : offer.unreadable()) {
            Label unreadable = new Label(I18n.get("workspace.recovery.unreadable", problem));
            unreadable.setWrapText(true);
            list.getChildren().add(unreadable);
        }
        Label question = new Label(I18n.get("workspace.recovery.question"));
        question.setWrapText(true);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(260, 64 * Math.max(1, offer.items().size() + offer.unreadable().size())));
        VBox content = new VBox(10, scroll, question);
        content.getStylesheets().add(ScenarioTabs.stylesheet());
        return content;
    }
}
