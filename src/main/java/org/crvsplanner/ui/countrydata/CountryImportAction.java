package org.crvsplanner.ui.countrydata;

import static java.util.Objects.requireNonNull;

import java.util.List;

import org.controlsfx.control.StatusBar;
import org.crvsplanner.ui.base.DialogService;
import org.crvsplanner.ui.i18n.I18n;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * File › Import country figures…: asks for the files, reads them with a progress bar and Cancel
 * in the status bar while the window goes on working, then shows the country picker.
 */
public final class CountryImportAction {
    private final CountryImportViewModel model;
    private final DialogService dialogs;

    /** @param status the window's status bar, where the reading shows its progress */
    public CountryImportAction(CountryImportViewModel model, DialogService dialogs, StatusBar status) {
        this.model = requireNonNull(model, "model");
        this.dialogs = requireNonNull(dialogs, "dialogs");
        Label text = new Label();
        text.setId("country-import-status");
        text.textProperty().bind(model.statusProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("country-import-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.setPrefWidth(160);
        // The status bar's own text gives way first: the progress and Cancel must stay whole.
        progress.setMinWidth(Region.USE_PREF_SIZE);
        Button cancel = new Button();
        cancel.setId("country-import-cancel");
        cancel.textProperty().bind(I18n.text("countrydata.cancel"));
        cancel.setOnAction(e -> model.cancel());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        for (javafx.scene.Node running : List.of(progress, cancel)) {
            running.visibleProperty().bind(model.runningProperty());
            running.managedProperty().bind(model.runningProperty());
        }
        HBox box = new HBox(6, text, progress, cancel);
        box.setAlignment(Pos.CENTER_RIGHT);
        status.getRightItems().add(0, box);
    }

    /** Asks which files, then reads them and asks for the country. */
    public void chooseAndImport() {
        read(model.chooseFiles());
    }

    /** Reads {@code files} in the background, then asks for the country; nothing when empty. */
    public void read(List<java.nio.file.Path> files) {
        if (!files.isEmpty()) {
            model.read(files, this::pick);
        }
    }

    private void pick(CountryPickerViewModel picker) {
        if (dialogs.ask(model.pickerQuestion(picker), new CountryPickerView(picker), picker.readyProperty())) {
            model.fill(picker);
        }
    }

    /** True while files are being read, when a second import must wait. */
    public javafx.beans.value.ObservableBooleanValue running() {
        return model.runningProperty();
    }
}
