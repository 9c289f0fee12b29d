package org.crvsplanner.ui.plan;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.NumberInput;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.ui.base.Formats;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.value.ObservableValue;

/**
 * The key inputs of a plan in one line, for a picture of the plan that must say what it is a
 * plan for: "Population 30,000,000 people · Crude birth rate 17.299 per 1,000 people · … · National".
 */
public final class PlanCaption {
    /** The everyday inputs, in the inputs panel's order. */
    private static final List<NumberInput> KEY_INPUTS = List.of(Inputs.POPULATION, Inputs.CRUDE_BIRTH_RATE, Inputs.CRUDE_DEATH_RATE,
            Inputs.ATTACHMENTS_PER_RECORD, Inputs.GROWTH_PERCENT, Inputs.HORIZON_YEARS);

    private PlanCaption() {
    }

    public static String keyInputs(ObservableValue<SizingPlan> plan) {
        SizingInputs inputs = plan.getValue().inputs();
        List<String> parts = new ArrayList<>();
        for (NumberInput input : KEY_INPUTS) {
            String unit = I18n.get("inputs." + input.key() + ".unit");
            String value = Formats.number(input.get(inputs), input.decimals());
            parts.add(I18n.get("inputs." + input.key() + ".label") + " " + (unit.isEmpty() ? value : value + " " + unit));
        }
        parts.add(ModelWords.label(Inputs.STAGE.get(inputs), I18n.wording()));
        return String.join(" · ", parts);
    }
}
