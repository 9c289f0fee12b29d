package org.crvsplanner.export;

import org.crvsplanner.model.ProjectedYear;
import org.crvsplanner.model.Projection;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.text.SourceWords;

/**
 * The projection the plan follows, on the Assumptions sheet: one row a year of the horizon with
 * its calendar year, population and crude rates. They are inputs like the others: the Disk growth
 * sheet takes each year's figures from here, by the names {@link Names#PROJECTED_POPULATION} etc.
 */
final class ProjectionTable {
    private static final int YEAR = 0;
    private static final int CALENDAR_YEAR = 1;
    private static final int POPULATION = 2;
    private static final int BIRTH_RATE = 3;
    private static final int DEATH_RATE = 4;

    private ProjectionTable() {
    }

    static void write(Grid grid, CellStyles styles, SizingPlan plan, int r, WorkbookWords words) {
        Projection projection = plan.inputs().projection();
        int years = plan.years().size();
        grid.text(r++, 0, words.text("projection.title"), styles.section);
        String intro = SourceWords.projection(projection, years, words.wording()) + " "
                + words.text("projection.intro", words.sheet(WorkbookWords.Tab.DISK_GROWTH));
        grid.text(r, 0, intro, styles.note);
        grid.merge(r, 0, 6);
        grid.row(r++).setHeightInPoints(30);
        String[] headers = {"projection.year", "projection.calendarYear", "projection.population",
            "projection.birthRate", "projection.deathRate"};
        String[] texts = new String[headers.length];
        for (int c = 0; c < headers.length; c++) {
            texts[c] = words.text(headers[c]);
            grid.text(r, c, texts[c], styles.header);
        }
        // The widths of the Assumptions sheet's first columns; the narrow fifth one wraps its header.
        grid.fitHeaders(r, texts, AssumptionsSheet.WIDTHS);
        r++;
        int first = r;
        for (int y = 1; y <= years; y++, r++) {
            ProjectedYear year = projection.year(y);
            grid.number(r, YEAR, y, styles.calculated(CellStyles.PLAIN));
            grid.number(r, CALENDAR_YEAR, projection.calendarYear(y), styles.calculated(CellStyles.PLAIN));
            grid.number(r, POPULATION, year.population(), styles.input(CellStyles.WHOLE));
            grid.number(r, BIRTH_RATE, year.crudeBirthRate(), styles.input(CellStyles.GENERAL));
            grid.number(r, DEATH_RATE, year.crudeDeathRate(), styles.input(CellStyles.GENERAL));
        }
        grid.name(Names.PROJECTED_POPULATION, first, r - 1, POPULATION);
        grid.name(Names.PROJECTED_BIRTH_RATE, first, r - 1, BIRTH_RATE);
        grid.name(Names.PROJECTED_DEATH_RATE, first, r - 1, DEATH_RATE);
    }
}
