package org.crvsplanner.ui.base;

/** Every style class the window uses, so CSS and code agree on one name. */
public final class Styles {
    public static final String INPUTS = "planner-inputs";
    public static final String NUMBER_INPUT = "number-input";
    public static final String INPUT_LABEL = "input-label";
    public static final String INPUT_UNIT = "input-unit";
    /** The inputs panel's low and high estimates. */
    public static final String RANGES = "ranges";
    public static final String INPUT_FIELD = "input-field";
    public static final String INVALID = "invalid";
    /**
     * A pseudo-class on what shows a plan whose inputs hold invalid text: the last valid plan,
     * stepped back.
     */
    public static final String STALE = "stale";
    /** The line that says why the plan shown is stale, with the input and its allowed range. */
    public static final String STALE_NOTICE = "stale-notice";
    public static final String RESET_BUTTON = "reset-button";
    public static final String SECTION_TITLE = "section-title";
    /** Beside a figure: where it came from; with {@link #FROM_FILE} or {@link #NOT_USED}. */
    public static final String SOURCE_MARK = "source-mark";
    public static final String FROM_FILE = "from-file";
    public static final String NOT_USED = "not-used";
    /** Above the inputs: the projection the figures follow, or stopped following. */
    public static final String PROJECTION_NOTE = "projection-note";

    public static final String PLAN = "planner-plan";
    public static final String KEY_FIGURES = "key-figures";
    public static final String FIGURE = "figure";
    public static final String FIGURE_VALUE = "figure-value";
    public static final String FIGURE_LABEL = "figure-label";
    /** A key figure's P10 to P90 band. */
    public static final String FIGURE_BAND = "figure-band";
    /** The fill dates and the tornado below the key figures. */
    public static final String OUTLOOK = "outlook";
    /** The outlook's quieter words: the tornado's note and figures. */
    public static final String OUTLOOK_NOTE = "outlook-note";
    public static final String TORNADO_LOW = "tornado-low";
    public static final String TORNADO_HIGH = "tornado-high";
    public static final String TORNADO_LIKELY = "tornado-likely";
    public static final String SERVER_TABLE = "server-table";
    public static final String TOTAL_ROW = "total-row";
    public static final String SERVER_HEADER = "server-header";
    public static final String SERVER_ROW = "server-row";
    public static final String SERVER_CELL = "server-cell";
    public static final String NUMERIC = "numeric";
    public static final String ADVISORIES = "advisories";
    public static final String ADVISORY = "advisory";
    public static final String YEAR_TABLE = "year-table";
    public static final String HELP = "help";
    public static final String HELP_KEYS = "help-keys";
    public static final String HELP_TERM = "help-term";

    public static final String DISK_CHART = "disk-chart";
    public static final String GROWTH_MARKER = "growth-marker";
    public static final String GROWTH_MARKER_LABEL = "growth-marker-label";
    /** The figure beside a lone point: a series of one year. */
    public static final String POINT_VALUE = "point-value";
    /** The P10 to P90 bands behind the chart's required and backup disk. */
    public static final String BAND_REQUIRED = "band-required";
    public static final String BAND_BACKUP = "band-backup";
    /** Where the required disk reaches a share of a disk per server. */
    public static final String FILL_LINE = "fill-line";
    public static final String FILL_DOT = "fill-dot";
    public static final String FILL_LABEL = "fill-label";

    public static final String WORKING = "working";
    public static final String WORKING_STEP = "working-step";
    public static final String WORKING_FORMULA = "working-formula";
    public static final String WORKING_RESULT = "working-result";

    /** On the window's root while presentation mode is on. */
    public static final String PRESENTATION = "presentation";
    public static final String WALKTHROUGH = "walkthrough";
    public static final String WALKTHROUGH_TITLE = "walkthrough-title";
    public static final String WALKTHROUGH_LINES = "walkthrough-lines";
    public static final String WALKTHROUGH_HINT = "walkthrough-hint";
    /** An input or a chart part the walkthrough's step talks about. */
    public static final String HIGHLIGHTED = "highlighted";
    /** A chart series that steps back while the walkthrough points at another. */
    public static final String DIMMED = "dimmed";

    public static final String SCENARIO_HEADER = "scenario-header";
    public static final String SCENARIO_NOTES = "scenario-notes";
    public static final String SCENARIO_TABS = "scenario-tabs";
    public static final String EMPTY_WORKSPACE = "empty-workspace";
    public static final String RECOVERY_LIST = "recovery-list";
    public static final String RECOVERY_ITEM = "recovery-item";
    public static final String RECOVERY_NAME = "recovery-name";

    public static final String COUNTRY_PICKER = "country-picker";
    public static final String COUNTRY_PREVIEW = "country-preview";
    public static final String COUNTRY_SOURCE = "country-source";
    public static final String COUNTRY_PROBLEM = "country-problem";

    public static final String COMPARE = "compare";
    public static final String COMPARE_TABLE = "compare-table";
    public static final String COMPARE_CHART = "compare-chart";
    public static final String COMPARE_FIGURE = "compare-figure";
    public static final String COMPARE_VALUE = "compare-value";
    public static final String COMPARE_DELTA = "compare-delta";
    /** A cell whose figure differs from the first scenario's. */
    public static final String COMPARE_DIFFERS = "differs";
    /** A row in which some scenario differs from the first. */
    public static final String COMPARE_ROW_DIFFERS = "row-differs";

    private Styles() {
    }
}
