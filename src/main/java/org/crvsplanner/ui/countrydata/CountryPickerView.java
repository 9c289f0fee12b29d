package org.crvsplanner.ui.countrydata;

import static java.util.Objects.requireNonNull;

import org.controlsfx.control.SearchableComboBox;
import org.crvsplanner.countrydata.Country;
import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.i18n.I18n;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The country picker: a country found by typing part of its name or ISO3 code, the year, the
 * option to follow the projection, and the figures the inputs will get, with where they come from.
 */
public final class CountryPickerView extends VBox {
    private final SearchableComboBox<Country> country = new SearchableComboBox<>();

    public CountryPickerView(CountryPickerViewModel model) {
        super(10);
        requireNonNull(model, "model");
        setId("country-picker");
        getStyleClass().add(Styles.COUNTRY_PICKER);
        getStylesheets().add(CountryPickerView.class.getResource("countrydata.css").toExternalForm());

        country.setId("country-picker-country");
        country.setItems(model.countries());
        country.setConverter(new StringConverter<>() {
            @Override
            public String toString(Country c) {
                return c == null ? "" : c.name() + " (" + c.iso3() + ")";
            }

            @Override
            public Country fromString(String text) {
                return null;
            }
        });
        country.valueProperty().bindBidirectional(model.countryProperty());
        country.setMaxWidth(Double.MAX_VALUE);
        country.promptTextProperty().bind(I18n.text("countrydata.picker.country.prompt"));

        ComboBox<Integer> year = new ComboBox<>(model.years());
        year.setId("country-picker-year");
        year.valueProperty().bindBidirectional(model.yearProperty());
        year.setVisibleRowCount(12);
        // A year stays a year: 2023, never 2,023.
        year.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        year.disableProperty().bind(model.countryProperty().isNull());

        CheckBox follow = new CheckBox();
        follow.setId("country-picker-follow");
        follow.textProperty().bind(I18n.text("countrydata.picker.follow"));
        follow.setWrapText(true);
        // A wrapped text in a dialog is cut to one line unless it may be as tall as it needs.
        follow.setMinHeight(Region.USE_PREF_SIZE);
        follow.selectedProperty().bindBidirectional(model.followProperty());
        follow.setVisible(model.canFollow());
        follow.setManaged(model.canFollow());

        GridPane choice = new GridPane();
        choice.setHgap(10);
        choice.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        choice.getColumnConstraints().addAll(labels, fields);
        choice.addRow(0, label("countrydata.picker.country", country), country);
        choice.addRow(1, label("countrydata.picker.year", year), year);

        GridPane preview = new GridPane();
        preview.setId("country-picker-preview");
        preview.getStyleClass().add(Styles.COUNTRY_PREVIEW);
        preview.setHgap(16);
        preview.setVgap(4);
        Runnable showPreview = () -> {
            preview.getChildren().clear();
            for (int i = 0; i < model.preview().size(); i++) {
                CountryPickerViewModel.Figure figure = model.preview().get(i);
                Label value = new Label(figure.value());
                value.setId("country-picker-figure-" + i);
                GridPane.setHalignment(value, HPos.RIGHT);
                preview.addRow(i, new Label(figure.label()), value);
            }
        };
        showPreview.run();
        model.preview().addListener((ListChangeListener<CountryPickerViewModel.Figure>) c -> showPreview.run());

        Label source = new Label();
        source.setId("country-picker-source");
        source.getStyleClass().add(Styles.COUNTRY_SOURCE);
        source.setWrapText(true);
        source.setMinHeight(Region.USE_PREF_SIZE);
        source.textProperty().bind(model.sourceTextProperty());
        source.managedProperty().bind(source.textProperty().isNotNull());

        Label problem = new Label();
        problem.setId("country-picker-problem");
        problem.getStyleClass().add(Styles.COUNTRY_PROBLEM);
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotNull());

        Label hint = new Label();
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add(Styles.COUNTRY_SOURCE);
        hint.textProperty().bind(I18n.text("countrydata.picker.hint", model.countries().size()));

        getChildren().addAll(hint, choice, follow, preview, source, problem);
        setPrefWidth(520);
        // A dialog takes its size once, when shown; the preview, the source and a problem come
        // later, and without this they would push the buttons out of the window.
        model.preview().addListener((ListChangeListener<CountryPickerViewModel.Figure>) c -> fitWindow());
        source.textProperty().addListener(obs -> fitWindow());
        problem.textProperty().addListener(obs -> fitWindow());
        // Typing starts the search at once.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(country::requestFocus);
            }
        });
    }

    private void fitWindow() {
        Platform.runLater(() -> {
            if (getScene() != null && getScene().getWindow() != null) {
                getScene().getWindow().sizeToScene();
            }
        });
    }

    private static Label label(String key, javafx.scene.Node field) {
        Label label = new Label();
        label.textProperty().bind(I18n.text(key));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        return label;
    }

    /** The searchable list of countries. */
    public SearchableComboBox<Country> countryBox() {
        return country;
    }
}
