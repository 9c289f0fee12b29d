package org.crvsplanner.ui.workspace;

import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.i18n.I18n;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * At start, after a crash: lists the unsaved work that was kept and asks whether to restore it.
 * "Not now" keeps it for the next start.
 */
public final class RecoveryDialog {
    /** What the person chose. */
    public enum Choice {
        RESTORE, DISCARD, LATER
    }

    private RecoveryDialog() {
    }

    /** Shows the offer and waits for an answer. */
    public static Choice ask(Window owner, RecoveryOffer offer) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(I18n.get("workspace.recovery.title"));
        int count = offer.items().size();
        alert.setHeaderText(count == 0 ? I18n.get("workspace.recovery.crashed")
                : I18n.plural("workspace.recovery.kept", count, count));
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
        scroll.setPrefViewportHeight(Math.min(260, 64 * Math.max(1, count + offer.unreadable().size())));
        VBox content = new VBox(10, scroll, question);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setPrefWidth(520);
        alert.getDialogPane().getStylesheets().add(RecoveryDialog.class.getResource("workspace.css").toExternalForm());
        ButtonType restore = DialogQuestions.button("workspace.recovery.restore", ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = DialogQuestions.button("workspace.recovery.discard", ButtonBar.ButtonData.NO);
        ButtonType later = DialogQuestions.button("workspace.recovery.later", ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(restore, discard, later);
        alert.getDialogPane().lookupButton(restore).setId("recovery-restore");
        alert.getDialogPane().lookupButton(discard).setId("recovery-discard");
        ButtonType answer = alert.showAndWait().orElse(later);
        return answer == restore ? Choice.RESTORE : answer == discard ? Choice.DISCARD : Choice.LATER;
    }
}
