package org.crvsplanner.model;

/**
 * One input of the model, as the command line, the scenario files, the workbook and the window
 * all see it: its key (the file's and the bundles' name for it) and how it is read from and
 * written to {@link SizingInputs}. {@link Inputs#ALL} lists them; each front end loops over that
 * list, so an input is added in one place.
 */
public sealed interface Input permits NumberInput, ChoiceInput, ToggleInput, EventsInput,
        ProjectionInput {

    /** The camelCase name used in files, bundles and the workbook's names: {@code crudeBirthRate}. */
    String key();

    /** One of the inputs people change most, shown first and with a slider in the window. */
    boolean everyday();
}
