package org.crvsplanner.ui.planner;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.NumberInput;
import org.crvsplanner.model.Projection;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SourcedFigure;
import org.crvsplanner.text.SourceWords;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A scenario's figures from a country figures file: the source, the marks on the inputs that
 * still hold the file's figures, and the projection followed, or the one the person stopped
 * following by changing a figure it gives, which "Follow again" takes up once more.
 */
final class ImportedFigures {
    private Optional<CountrySource> source = Optional.empty();
    private Projection stopped = Projection.NONE;
    /** The figure whose change stopped the projection; null when the person stopped it. */
    private InputField stoppedBy;
    private SizingInputs shown;
    private final ReadOnlyObjectWrapper<Following> following = new ReadOnlyObjectWrapper<>(this, "following",
            Following.NO);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note");
    // Held here: the language property keeps only a weak reference.
    private final InvalidationListener relabel = obs -> updateNote();

    ImportedFigures() {
        I18n.languageProperty().addListener(new WeakInvalidationListener(relabel));
    }

    Optional<CountrySource> source() {
        return source;
    }

    void setSource(Optional<CountrySource> value) {
        source = requireNonNull(value, "value");
    }

    /** The source while some input still holds one of its figures or its projection is followed. */
    Optional<CountrySource> sourceInUse(SizingInputs in) {
        return source.filter(s -> !s.inUse(in).isEmpty() || in.followsProjection());
    }

    /** Keeps {@code left} to follow again; {@code field} is the figure whose change left it, or null. */
    void stop(Projection left, InputField field) {
        stopped = left;
        stoppedBy = field;
    }

    /** The projection stopped, to follow again; {@link Projection#NONE} when there is none. */
    Projection stopped() {
        return stopped;
    }

    /** Forgets the stopped projection: other inputs were loaded or imported. */
    void forgetStopped() {
        stopped = Projection.NONE;
        stoppedBy = null;
    }

    /** Marks each figure and words the projection's note for the inputs now shown. */
    void show(SizingInputs in, Map<NumberInput, NumberInputViewModel> numbers) {
        shown = in;
        if (in.followsProjection()) {
            forgetStopped();
        }
        numbers.forEach((input, number) -> mark(input, number, in));
        following.set(in.followsProjection() ? Following.YES : stopped.isEmpty() ? Following.NO : Following.STOPPED);
        updateNote();
    }

    private void mark(NumberInput input, NumberInputViewModel number, SizingInputs in) {
        if (in.followsProjection() && input.field() == InputField.GROWTH_PERCENT) {
            number.setMark(SourceMark.NOT_USED, () -> SourceWords.growthNotUsed(I18n.wording()));
            return;
        }
        Optional<SourcedFigure> figure = source.filter(s -> s.supplies(input, in)).flatMap(s -> s.figure(input.field()));
        if (figure.isPresent()) {
            CountrySource from = source.get();
            number.setMark(SourceMark.FROM_FILE, () -> SourceWords.figure(from, figure.get(), I18n.wording()));
        } else {
            number.setMark(SourceMark.NONE, null);
        }
    }

    private void updateNote() {
        Supplier<String> words = switch (following.get()) {
            case NO -> null;
            case YES -> () -> SourceWords.projection(shown.projection(), shown.horizonYears(), I18n.wording());
            case STOPPED -> () -> stoppedBy == null ? I18n.get("inputs.projection.stopped")
                    : I18n.get("inputs.projection.stoppedBy", I18n.get("inputs." + stoppedBy.key() + ".label"));
        };
        note.set(words == null ? null : words.get());
    }

    ReadOnlyObjectProperty<Following> followingProperty() {
        return following.getReadOnlyProperty();
    }

    ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
