package org.crvsplanner.export;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.Outlook;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.text.AppInfo;
import org.crvsplanner.text.Wording;

/**
 * Everything the procurement workbook shows besides the sizing itself: who it is for and when it
 * was made. The scenario name and notes are the user's own words and are always written as text.
 *
 * @param plan the sizing to write; its inputs become the Assumptions sheet
 * @param scenarioName shown on the Summary and in the document title; blank means "Untitled plan"
 * @param notes free text, may be empty
 * @param date the date the plan is issued
 * @param appVersion the planner's version, e.g. {@code AppInfo.version()}
 * @param author the document's author property; blank leaves the planner's name there
 * @param outlook the ranges' bands and tornado and a disk's fill dates; {@link Outlook#NONE}
 *        leaves out the sheet that shows them
 * @param countrySource where the population and rates came from; the Assumptions sheet names it
 *        for each input that still holds the file's figure
 */
public record WorkbookContent(SizingPlan plan, String scenarioName, String notes, LocalDate date, String appVersion,
        String author, Outlook outlook, Optional<CountrySource> countrySource) {

    public WorkbookContent {
        requireNonNull(plan, "plan");
        requireNonNull(scenarioName, "scenarioName");
        requireNonNull(notes, "notes");
        requireNonNull(date, "date");
        requireNonNull(appVersion, "appVersion");
        requireNonNull(author, "author");
        requireNonNull(outlook, "outlook");
        requireNonNull(countrySource, "countrySource");
        CellText.checkFits("The scenario name", scenarioName);
        CellText.checkFits("The notes", notes);
    }

    /** Content without an outlook, whose figures were typed, not imported. */
    public WorkbookContent(SizingPlan plan, String scenarioName, String notes, LocalDate date, String appVersion,
            String author) {
        this(plan, scenarioName, notes, date, appVersion, author, Outlook.NONE, Optional.empty());
    }

    public WorkbookContent withOutlook(Outlook value) {
        return new WorkbookContent(plan, scenarioName, notes, date, appVersion, author, value, countrySource);
    }

    /** The same content with the source of its figures. */
    public WorkbookContent withCountrySource(Optional<CountrySource> value) {
        return new WorkbookContent(plan, scenarioName, notes, date, appVersion, author, outlook, value);
    }

    /** Whether {@code text} fits one spreadsheet cell, as the scenario name and the notes must. */
    public static boolean fitsOneCell(String text) {
        return CellText.literal(requireNonNull(text, "text")).length() <= CellText.MAX_LENGTH;
    }

    /** The most characters one spreadsheet cell holds. */
    public static int cellCapacity() {
        return CellText.MAX_LENGTH;
    }

    /** Content without an author. */
    public static WorkbookContent of(SizingPlan plan, String scenarioName, String notes, LocalDate date,
            String appVersion) {
        return new WorkbookContent(plan, scenarioName, notes, date, appVersion, "");
    }

    /** The name to show: the scenario name, or "Untitled plan" when it is blank. */
    public String displayName() {
        return displayName(Wording.ENGLISH);
    }

    /** The name to show, with "Untitled plan" in {@code wording}'s language when the name is blank. */
    public String displayName(Wording wording) {
        return scenarioName.isBlank() ? new WorkbookWords(wording).text("document.untitled") : scenarioName.strip();
    }
}
