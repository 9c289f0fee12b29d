package org.crvsplanner.ui.workspace;

import java.util.Optional;

import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.Projection;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.text.SourceWords;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.planner.PlannerViewModel;

import javafx.beans.property.StringProperty;

/**
 * Keeps the lines of a scenario's notes that say where its figures came from in step with the
 * planner. The notes are not in the inputs' undo history, so the planner's source leads: an
 * import writes the lines, its undo takes them away, and a redo writes them again. The person's
 * own lines are never touched, nor are the lines rewritten while the source stays the same.
 */
final class SourceNotes {
    /** What the lines say: the source still in use, and the projection followed over the horizon. */
    private record Said(Optional<CountrySource> source, Projection projection, int horizonYears) {
        static Said of(PlannerViewModel planner) {
            SizingInputs in = planner.inputsProperty().get();
            Optional<CountrySource> source = planner.countrySource();
            return source.isEmpty() ? new Said(source, Projection.NONE, 0)
                    : new Said(source, in.projection(), in.followsProjection() ? in.horizonYears() : 0);
        }
    }

    private final PlannerViewModel planner;
    private final StringProperty notes;
    private Said said;

    private SourceNotes(PlannerViewModel planner, StringProperty notes) {
        this.planner = planner;
        this.notes = notes;
        said = Said.of(planner);
    }

    /** From now on, the notes follow the source of {@code planner}'s figures as it changes. */
    static void follow(PlannerViewModel planner, StringProperty notes) {
        SourceNotes lines = new SourceNotes(planner, notes);
        planner.stateProperty().addListener(obs -> lines.update());
    }

    private void update() {
        Said now = Said.of(planner);
        if (now.equals(said)) {
            return;
        }
        said = now;
        notes.set(now.source().map(source -> SourceWords.notes(notes.get(), source, now.projection(),
                now.horizonYears(), I18n.wording())).orElseGet(() -> SourceWords.withoutSource(notes.get())));
    }
}
