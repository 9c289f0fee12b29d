package org.crvsplanner.ui.app;

import static java.util.Objects.requireNonNull;

import java.util.List;

import org.crvsplanner.ui.base.DialogService;
import org.crvsplanner.ui.base.Question;
import org.crvsplanner.ui.base.Question.Answer;
import org.crvsplanner.ui.base.Question.Role;
import org.crvsplanner.ui.base.Question.Tone;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.planner.PlannerViewModel;
import org.crvsplanner.ui.workspace.ScenarioViewModel;

/**
 * Before an action hands on a scenario's plan while some of its inputs hold text that is not a
 * valid value, asks whether to use the last valid plan, naming the input: a workbook, a file, a
 * picture or a comparison must never carry a plan the person did not mean without their saying so.
 */
final class StalePlanCheck {
    /** The question's id; its buttons are stale-use and stale-cancel. */
    static final String ID = "stale";

    /** What is about to use the plan, each with its question's heading. */
    enum Use {
        EXPORT("stale.header.export"),
        SAVE("stale.header.save"),
        COPY_CHART("stale.header.copyChart"),
        SAVE_CHART("stale.header.saveChart"),
        SAVE_PLAN("stale.header.savePlan"),
        PRINT("stale.header.print"),
        COMPARE("stale.header.compare"),
        COMPARE_PICTURE("stale.header.comparePicture"),
        COMPARE_EXPORT("stale.header.compareExport");

        private final String headerKey;

        Use(String headerKey) {
            this.headerKey = headerKey;
        }
    }

    private final DialogService dialogs;

    StalePlanCheck(DialogService dialogs) {
        this.dialogs = requireNonNull(dialogs, "dialogs");
    }

    /** Whether {@code use} may go on with the scenario's plan: at once if it is up to date. */
    boolean allows(ScenarioViewModel scenario, Use use) {
        PlannerViewModel planner = scenario.planner();
        String problem = planner.problemProperty().get();
        if (planner.validProperty().get() || problem == null) {
            return true;
        }
        return dialogs.ask(new Question<>(ID, Tone.WARNING, I18n.get("stale.title"),
                I18n.get(use.headerKey, problem, scenario.getDisplayName()), I18n.get("stale.detail", problem),
                List.of(new Answer<>("use", I18n.get("stale.use"), Role.OK, true),
                        new Answer<>("cancel", I18n.get("workspace.dialog.cancel"), Role.CANCEL, false)),
                false).withCancelByDefault().withWidth(560));
    }

    /** Whether every one of the scenarios may be used, asking about each that is stale in turn. */
    boolean allowsAll(List<ScenarioViewModel> scenarios, Use use) {
        for (ScenarioViewModel scenario : scenarios) {
            if (!allows(scenario, use)) {
                return false;
            }
        }
        return true;
    }

    /** {@code action}, run only once the scenario in front may be used for {@code use}. */
    Runnable guard(java.util.function.Supplier<ScenarioViewModel> selected, Use use, Runnable action) {
        return () -> {
            ScenarioViewModel scenario = selected.get();
            if (scenario == null || allows(scenario, use)) {
                action.run();
            }
        };
    }
}
