package org.crvsplanner.ui.working;

import static org.crvsplanner.ui.base.Formats.number;
import static org.crvsplanner.ui.base.Formats.whole;

import java.util.List;

import org.crvsplanner.model.ProjectedYear;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.YearProjection;
import org.crvsplanner.ui.base.WorkingStep;
import org.crvsplanner.ui.base.WorkingStep.Topic;
import org.crvsplanner.ui.i18n.I18n;

/**
 * The working's steps beyond the documentation's year 1 while the figures follow a projection:
 * each year's births and deaths from that year's projected population and rates.
 */
final class ProjectedWorking {
    private ProjectedWorking() {
    }

    static void add(SizingPlan plan, List<WorkingStep> steps) {
        SizingInputs in = plan.inputs();
        for (YearProjection y : plan.years()) {
            ProjectedYear figures = in.projection().year(y.year());
            String people = whole(figures.population());
            if (y.coveragePercent() < 100) {
                people += " × " + WorkingViewModel.percent(y.coveragePercent(), 2);
            }
            steps.add(new WorkingStep(I18n.get("working.projected",
                    Integer.toString(in.projection().calendarYear(y.year())), Integer.toString(y.year())),
                    I18n.get("working.projected.formula", people, number(figures.crudeBirthRate(), 3),
                            number(figures.crudeDeathRate(), 3), whole(1000)),
                    whole(y.births() + y.deaths()), Topic.PROJECTION));
        }
    }
}
