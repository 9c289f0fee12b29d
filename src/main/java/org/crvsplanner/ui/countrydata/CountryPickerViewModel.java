package org.crvsplanner.ui.countrydata;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.crvsplanner.countrydata.Country;
import org.crvsplanner.countrydata.CountryData;
import org.crvsplanner.countrydata.CountryDataException;
import org.crvsplanner.countrydata.CountryFigures;
import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.Input;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.InvalidInputException;
import org.crvsplanner.model.NumberInput;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.SourceWords;
import org.crvsplanner.ui.base.Formats;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The choice of a country, a year and whether to follow the projection, among the figures of one
 * import, with a preview of what will be filled. It works out the filled inputs as the choice
 * changes, so a year without a figure, or a projection shorter than the horizon, is said before
 * anything is filled, and Fill is enabled only for a choice that works.
 */
public final class CountryPickerViewModel {
    /** One line of the preview: an input's name and the figure it will get. */
    public record Figure(String label, String value) {
    }

    private final CountryData data;
    private final SizingInputs base;
    private final ObservableList<Country> countries;
    private final ObjectProperty<Country> country = new SimpleObjectProperty<>(this, "country");
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>(this, "year");
    private final BooleanProperty follow = new SimpleBooleanProperty(this, "follow");
    private final ObservableList<Figure> preview = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper sourceText = new ReadOnlyStringWrapper(this, "sourceText");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    // Held here: the language property keeps only a weak reference.
    private final InvalidationListener relabel = obs -> update();
    private SizingInputs filled;
    private CountrySource source;

    /**
     * @param base the inputs of the scenario to fill, whose other inputs stay as they are
     * @param preselected the country to show first, such as the one the scenario came from
     */
    CountryPickerViewModel(CountryData data, SizingInputs base, Optional<String> preselected) {
        this.data = requireNonNull(data, "data");
        this.base = requireNonNull(base, "base");
        this.countries = FXCollections.unmodifiableObservableList(FXCollections.observableList(data.countries()));
        country.addListener((obs, old, now) -> showYears());
        year.addListener(obs -> update());
        follow.addListener(obs -> update());
        I18n.languageProperty().addListener(new WeakInvalidationListener(relabel));
        preselected.flatMap(data::country).ifPresent(country::set);
        update();
    }

    private void showYears() {
        Country picked = country.get();
        List<Integer> newestFirst = new ArrayList<>(picked == null ? List.of() : data.years(picked.iso3()));
        Collections.reverse(newestFirst);
        years.setAll(newestFirst);
        Integer chosen = picked == null ? null : data.defaultYear(picked.iso3()).stream().boxed().findFirst().orElse(null);
        if (java.util.Objects.equals(year.get(), chosen)) {
            update();
        } else {
            year.set(chosen);
        }
    }

    private void update() {
        filled = null;
        source = null;
        preview.clear();
        sourceText.set(null);
        problem.set(null);
        Country picked = country.get();
        if (picked != null && year.get() != null) {
            try {
                CountryFigures figures = data.figures(picked.iso3(), year.get());
                showPreview(figures);
                source = figures.source();
                sourceText.set(SourceWords.summary(source, I18n.wording()));
                SizingInputs.Builder builder = base.toBuilder();
                figures.fill(builder, follow.get());
                filled = builder.build();
                if (filled.followsProjection()) {
                    sourceText.set(sourceText.get() + "\n"
                            + SourceWords.projection(filled.projection(), filled.horizonYears(), I18n.wording()));
                }
            } catch (CountryDataException e) {
                problem.set(e.message(I18n.wording()));
                filled = null;
            } catch (InvalidInputException e) {
                problem.set(ModelWords.message(e, label(e), I18n.wording()));
                filled = null;
            }
        }
        ready.set(filled != null);
    }

    private static String label(InvalidInputException e) {
        return I18n.get("inputs." + e.field().key() + ".label");
    }

    private void showPreview(CountryFigures figures) {
        List<Figure> lines = new ArrayList<>();
        for (Input input : Inputs.ALL) {
            if (input instanceof NumberInput number) {
                OptionalDouble value = figures.value(number.field());
                if (value.isPresent()) {
                    String unit = I18n.get("inputs." + number.field().key() + ".unit");
                    // The file's own digits, not the field's rounding: this is what will be recorded.
                    String figure = Formats.number(value.getAsDouble(), 6);
                    lines.add(new Figure(I18n.get("inputs." + number.field().key() + ".label"),
                            unit.isEmpty() ? figure : figure + I18n.wording().unitSpace() + unit));
                }
            }
        }
        preview.setAll(lines);
    }

    /** Whether the files hold a projection to follow: UN WPP files do. */
    public boolean canFollow() {
        return data.hasProjection();
    }

    /** The countries of the files, by name; regions and income groups are not among them. */
    public ObservableList<Country> countries() {
        return countries;
    }

    /** The country picked; null until one is. */
    public ObjectProperty<Country> countryProperty() {
        return country;
    }

    /** The years with figures for the country, newest first. */
    public ObservableList<Integer> years() {
        return years;
    }

    /** The year picked: at first the latest, not after this one, with every figure. */
    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    /** Whether each year of the horizon takes the projection's population and rates. */
    public BooleanProperty followProperty() {
        return follow;
    }

    /** The figures the inputs will get. */
    public ObservableList<Figure> preview() {
        return preview;
    }

    /** What the scenario will record as the figures' source; null until a choice works. */
    public ReadOnlyStringProperty sourceTextProperty() {
        return sourceText.getReadOnlyProperty();
    }

    /** Why the choice cannot fill the inputs, naming the file; null when it can or nothing is picked. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether the choice can fill the inputs. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** The scenario's inputs with the figures filled in; empty while the choice cannot fill them. */
    Optional<SizingInputs> filled() {
        return Optional.ofNullable(filled);
    }

    /** Where the filled figures come from; empty while the choice cannot fill them. */
    Optional<CountrySource> source() {
        return Optional.ofNullable(source);
    }

    /** The country picked, by its ISO3 code, as tests and the command line name it. */
    public void pick(String iso3, int figuresYear) {
        country.set(data.country(iso3).orElseThrow(() -> new IllegalArgumentException(iso3 + " is not in the files")));
        year.set(figuresYear);
    }
}
