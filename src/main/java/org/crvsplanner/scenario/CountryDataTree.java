package org.crvsplanner.scenario;

import static org.crvsplanner.scenario.ScenarioFormat.NODES;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.InvalidInputException;
import org.crvsplanner.model.ProjectedYear;
import org.crvsplanner.model.Projection;
import org.crvsplanner.model.Publisher;
import org.crvsplanner.model.SourcedFigure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The parts of schema 1.1: {@code countryData}, where a scenario's figures came from, and
 * {@code inputs.projection}, the year-by-year figures it follows (docs/scenario-format.md).
 */
final class CountryDataTree {
    static final String PUBLISHER = "publisher";
    static final String COUNTRY = "country";
    static final String COUNTRY_NAME = "countryName";
    static final String YEAR = "year";
    static final String FIGURES = "figures";
    static final String INPUT = "input";
    static final String VALUE = "value";
    static final String INDICATOR = "indicator";
    static final String FILE = "file";
    static final String LAST_UPDATED = "lastUpdated";
    static final String POPULATION = "population";
    static final String BIRTH_RATE = "crudeBirthRate";
    static final String DEATH_RATE = "crudeDeathRate";

    static final List<String> SOURCE_KEYS = List.of(PUBLISHER, COUNTRY, COUNTRY_NAME, YEAR, FIGURES);
    static final List<String> FIGURE_KEYS = List.of(INPUT, VALUE, INDICATOR, FILE, LAST_UPDATED);
    static final List<String> YEAR_KEYS = List.of(YEAR, POPULATION, BIRTH_RATE, DEATH_RATE);
    /** Longer than any indicator code or downloaded file name. */
    static final int MAX_TEXT = 255;
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    private final List<String> dropped;

    CountryDataTree(List<String> dropped) {
        this.dropped = dropped;
    }

    static ObjectNode write(CountrySource source) {
        ObjectNode out = NODES.objectNode();
        out.put(PUBLISHER, source.publisher().id());
        out.put(COUNTRY, source.country());
        out.put(COUNTRY_NAME, source.countryName());
        out.put(YEAR, source.year());
        ArrayNode figures = out.putArray(FIGURES);
        for (SourcedFigure figure : source.figures()) {
            ObjectNode f = figures.addObject();
            f.put(INPUT, figure.field().key());
            f.set(VALUE, ScenarioWriter.number(figure.value()));
            f.put(INDICATOR, figure.indicator());
            f.put(FILE, figure.file());
            if (figure.lastUpdated() != null) {
                f.put(LAST_UPDATED, figure.lastUpdated().toString());
            }
        }
        return out;
    }

    static ArrayNode write(Projection projection) {
        ArrayNode years = NODES.arrayNode();
        for (int y = 1; y <= projection.years().size(); y++) {
            ProjectedYear year = projection.year(y);
            ObjectNode entry = years.addObject();
            entry.put(YEAR, projection.calendarYear(y));
            entry.put(POPULATION, year.population());
            entry.set(BIRTH_RATE, ScenarioWriter.number(year.crudeBirthRate()));
            entry.set(DEATH_RATE, ScenarioWriter.number(year.crudeDeathRate()));
        }
        return years;
    }

    CountrySource source(JsonNode node, Where at) {
        ObjectNode object = object(node, at);
        Where publisherAt = at.field(PUBLISHER);
        String publisherId = text(required(object, at, PUBLISHER), publisherAt);
        Publisher publisher = null;
        for (Publisher candidate : Publisher.values()) {
            if (candidate.id().equals(publisherId)) {
                publisher = candidate;
            }
        }
        if (publisher == null) {
            String ids = List.of(Publisher.values()).stream().map(Publisher::id).collect(Collectors.joining(", "));
            throw new FieldError(publisherAt, FileWords.of("field.notOneOf", publisherAt, ids,
                    Json.describe(object.get(PUBLISHER))));
        }
        Where countryAt = at.field(COUNTRY);
        String country = text(required(object, at, COUNTRY), countryAt);
        if (!ISO3.matcher(country).matches()) {
            throw new FieldError(countryAt, FileWords.of("field.iso3", countryAt, Json.describe(object.get(COUNTRY))));
        }
        Where nameAt = at.field(COUNTRY_NAME);
        String name = text(required(object, at, COUNTRY_NAME), nameAt);
        if (name.isBlank() || name.length() > CountrySource.MAX_NAME_LENGTH) {
            throw new FieldError(nameAt, FileWords.of("field.textLength", nameAt, CountrySource.MAX_NAME_LENGTH,
                    Json.describe(object.get(COUNTRY_NAME))));
        }
        int year = year(required(object, at, YEAR), at.field(YEAR));
        Where figuresAt = at.field(FIGURES);
        JsonNode list = required(object, at, FIGURES);
        if (!list.isArray() || list.isEmpty() || list.size() > SourcedFigure.FIELDS.size()) {
            throw new FieldError(figuresAt, FileWords.of("field.figures", figuresAt, SourcedFigure.FIELDS.size(),
                    Json.describe(list)));
        }
        List<SourcedFigure> figures = new ArrayList<>();
        Set<InputField> seen = EnumSet.noneOf(InputField.class);
        for (int i = 0; i < list.size(); i++) {
            SourcedFigure figure = figure(list.get(i), figuresAt.index(i));
            if (!seen.add(figure.field())) {
                Where inputAt = figuresAt.index(i).field(INPUT);
                throw new FieldError(inputAt, FileWords.of("field.twice", inputAt, figure.field().key()));
            }
            figures.add(figure);
        }
        dropUnknown(object, at, SOURCE_KEYS);
        return new CountrySource(publisher, country, name, year, figures);
    }

    private SourcedFigure figure(JsonNode node, Where at) {
        ObjectNode object = object(node, at);
        Where inputAt = at.field(INPUT);
        String key = text(required(object, at, INPUT), inputAt);
        InputField field = SourcedFigure.FIELDS.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
        if (field == null) {
            String keys = SourcedFigure.FIELDS.stream().map(InputField::key).sorted().collect(Collectors.joining(", "));
            throw new FieldError(inputAt, FileWords.of("field.notOneOf", inputAt, keys, Json.describe(object.get(INPUT))));
        }
        Where valueAt = at.field(VALUE);
        double value = TreeReader.number(required(object, at, VALUE), valueAt);
        String indicator = shortText(required(object, at, INDICATOR), at.field(INDICATOR));
        String file = shortText(required(object, at, FILE), at.field(FILE));
        LocalDate updated = null;
        JsonNode date = object.get(LAST_UPDATED);
        if (date != null && !date.isNull()) {
            Where dateAt = at.field(LAST_UPDATED);
            try {
                updated = LocalDate.parse(text(date, dateAt));
            } catch (DateTimeParseException e) {
                throw new FieldError(dateAt, FileWords.of("field.date", dateAt, Json.describe(date)));
            }
        }
        dropUnknown(object, at, FIGURE_KEYS);
        try {
            return new SourcedFigure(field, value, indicator, file, updated);
        } catch (InvalidInputException e) {
            throw new FieldError(valueAt, TreeReader.modelProblem(e, valueAt));
        }
    }

    Projection projection(JsonNode node, Where at) {
        if (!node.isArray()) {
            throw new FieldError(at, FileWords.of("field.notList", at, Json.describe(node)));
        }
        if (node.size() > Projection.MAX_YEARS) {
            throw new FieldError(at, FileWords.of("field.tooManyYears", at, Projection.MAX_YEARS, node.size()));
        }
        List<ProjectedYear> years = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < node.size(); i++) {
            Where entryAt = at.index(i);
            ObjectNode entry = object(node.get(i), entryAt);
            Where yearAt = entryAt.field(YEAR);
            int year = year(required(entry, entryAt, YEAR), yearAt);
            if (i == 0) {
                first = year;
            } else if (year != first + i) {
                throw new FieldError(yearAt, FileWords.of("field.nextYear", yearAt, Integer.toString(first + i),
                        Json.describe(entry.get(YEAR))));
            }
            Where populationAt = entryAt.field(POPULATION);
            double population = TreeReader.number(required(entry, entryAt, POPULATION), populationAt);
            Where birthAt = entryAt.field(BIRTH_RATE);
            double birth = TreeReader.number(required(entry, entryAt, BIRTH_RATE), birthAt);
            Where deathAt = entryAt.field(DEATH_RATE);
            double death = TreeReader.number(required(entry, entryAt, DEATH_RATE), deathAt);
            dropUnknown(entry, entryAt, YEAR_KEYS);
            try {
                InputField.POPULATION.check(population);
            } catch (InvalidInputException e) {
                throw new FieldError(populationAt, TreeReader.modelProblem(e, populationAt));
            }
            try {
                years.add(new ProjectedYear((long) population, birth, death));
            } catch (InvalidInputException e) {
                Where where = e.field() == InputField.CRUDE_BIRTH_RATE ? birthAt : deathAt;
                throw new FieldError(where, TreeReader.modelProblem(e, where));
            }
        }
        return Projection.of(first, years);
    }

    private static int year(JsonNode node, Where at) {
        double year = TreeReader.number(node, at);
        if (year != Math.rint(year) || year < Projection.EARLIEST_YEAR || year > Projection.LATEST_YEAR) {
            throw new FieldError(at, FileWords.of("field.year", at, Integer.toString(Projection.EARLIEST_YEAR),
                    Integer.toString(Projection.LATEST_YEAR), Json.describe(node)));
        }
        return (int) year;
    }

    private static ObjectNode object(JsonNode node, Where at) {
        if (!node.isObject()) {
            throw new FieldError(at, FileWords.of("field.notObject", at, Json.describe(node)));
        }
        return (ObjectNode) node;
    }

    private static JsonNode required(ObjectNode object, Where at, String key) {
        JsonNode value = object.get(key);
        if (value == null) {
            Where where = at.field(key);
            throw new FieldError(where, at, FileWords.of("field.missing", where));
        }
        return value;
    }

    private static String text(JsonNode node, Where at) {
        if (!node.isTextual()) {
            throw new FieldError(at, FileWords.of("field.notQuotedText", at, Json.describe(node)));
        }
        return node.textValue();
    }

    private static String shortText(JsonNode node, Where at) {
        String text = text(node, at);
        if (text.isBlank() || text.length() > MAX_TEXT) {
            throw new FieldError(at, FileWords.of("field.textLength", at, MAX_TEXT, Json.describe(node)));
        }
        return text;
    }

    /** Fields of a newer version inside these objects are not kept, as inside an event. */
    private void dropUnknown(ObjectNode object, Where at, List<String> known) {
        object.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                dropped.add(at.field(key).toString());
            }
        });
    }
}
