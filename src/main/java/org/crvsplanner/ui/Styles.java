package org.crvsplanner.ui;

/** Every style class the window uses, so CSS and code agree on one name. */
public final class Styles {
    public static final String INPUTS = "planner-inputs";
    public static final String NUMBER_INPUT = "number-input";
    public static final String INPUT_LABEL = "input-label";
    public static final String INPUT_UNIT = "input-unit";
    public static final String INPUT_FIELD = "input-field";
    public static final String INVALID = "invalid";
    public static final String RESET_BUTTON = "reset-button";
    public static final String SECTION_TITLE = "section-title";

    public static final String PLAN = "planner-plan";
    public static final String KEY_FIGURES = "key-figures";
    public static final String FIGURE = "figure";
    public static final String FIGURE_VALUE = "figure-value";
    public static final String FIGURE_LABEL = "figure-label";
    public static final String SERVER_TABLE = "server-table";
    public static final String TOTAL_ROW = "total-row";
    public static final String SERVER_HEADER = "server-header";
    public static final String SERVER_ROW = "server-row";
    public static final String SERVER_CELL = "server-cell";
    public static final String NUMERIC = "numeric";
    public static final String ADVISORIES = "advisories";
    public static final String ADVISORY = "advisory";

    public static final String DISK_CHART = "disk-chart";
    public static final String GROWTH_MARKER = "growth-marker";
    public static final String GROWTH_MARKER_LABEL = "growth-marker-label";

    public static final String WORKING = "working";
    public static final String WORKING_STEP = "working-step";
    public static final String WORKING_FORMULA = "working-formula";
    public static final String WORKING_RESULT = "working-result";

    private Styles() {
    }
}
