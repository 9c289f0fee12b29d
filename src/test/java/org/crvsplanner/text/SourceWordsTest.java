package org.crvsplanner.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.ProjectedYear;
import org.crvsplanner.model.Projection;
import org.crvsplanner.model.Publisher;
import org.crvsplanner.model.SourcedFigure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SourceWordsTest {
    private static final CountrySource TWO_DATES = new CountrySource(Publisher.WORLD_BANK, "UGA", "Uganda", 2023,
            List.of(new SourcedFigure(InputField.POPULATION, 48_582_334, "SP.POP.TOTL", "pop.zip",
                            LocalDate.of(2025, 7, 1)),
                    new SourcedFigure(InputField.CRUDE_BIRTH_RATE, 35.871, "SP.DYN.CBRT.IN", "cbr.zip",
                            LocalDate.of(2025, 6, 30))));
    private static final Projection PROJECTION = Projection.of(2024, List.of(new ProjectedYear(1, 1, 1),
            new ProjectedYear(2, 1, 1), new ProjectedYear(3, 1, 1)));

    @Test
    @DisplayName("the summary names each file with its date, or the date once when they share it")
    void summary() {
        assertThat(SourceWords.summary(TWO_DATES, Wording.ENGLISH)).isEqualTo("Country figures: World Bank, Uganda "
                + "(UGA), 2023, from pop.zip (last updated 2025-07-01), cbr.zip (last updated 2025-06-30).");
        CountrySource oneDate = new CountrySource(Publisher.WORLD_BANK, "UGA", "Uganda", 2023, List.of(
                TWO_DATES.figures().get(0), new SourcedFigure(InputField.CRUDE_BIRTH_RATE, 35.871, "SP.DYN.CBRT.IN",
                        "cbr.zip", LocalDate.of(2025, 7, 1))));
        assertThat(SourceWords.summary(oneDate, Wording.FRENCH)).isEqualTo("Chiffres du pays\u00a0: Banque mondiale, "
                + "Uganda (UGA), 2023, d’après pop.zip, cbr.zip (mis à jour le 2025-07-01).");
    }

    @Test
    @DisplayName("importing again replaces the earlier lines, in either language, and keeps the planner's own")
    void notes() {
        String first = SourceWords.notes("Pilot in 3 regions.\n", TWO_DATES, PROJECTION, 2, Wording.FRENCH);
        assertThat(first).isEqualTo("Pilot in 3 regions.\n\n" + SourceWords.summary(TWO_DATES, Wording.FRENCH) + "\n"
                + "La population et les taux bruts de chaque année suivent la projection (variante moyenne) de 2024 "
                + "à 2025.");

        String again = SourceWords.notes(first + "\nMy own line.", TWO_DATES, Projection.NONE, 2, Wording.ENGLISH);
        assertThat(again).isEqualTo("Pilot in 3 regions.\n\nMy own line.\n\n"
                + SourceWords.summary(TWO_DATES, Wording.ENGLISH));
        assertThat(SourceWords.notes("", TWO_DATES, Projection.NONE, 1, Wording.ENGLISH))
                .isEqualTo(SourceWords.summary(TWO_DATES, Wording.ENGLISH));
    }
}
