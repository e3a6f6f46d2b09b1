package no.samanom.samlingsrapport.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import no.samanom.samlingsrapport.input.Anchoring;
import no.samanom.samlingsrapport.report.GatheringSummary.GatheringInfo;
import no.samanom.samlingsrapport.report.GatheringSummary.NextGathering;
import no.samanom.samlingsrapport.report.GatheringSummary.ProgrammeItem;
import no.samanom.samlingsrapport.report.GatheringSummary.Statement;
import no.samanom.samlingsrapport.support.Language;

/**
 * Every label and sentence of the reports in one language, with its way of writing numbers
 * and dates: "4,80" and "18.–19. mars 2013" in Norwegian, "4.80" and "18–19 March 2013" in
 * English. Texts come from the built-in message files, overridden by
 * {@code templates/tekster_<language>.properties} where a network has its own.
 */
public final class ReportText {

    private final Language language;
    private final Properties texts;

    private ReportText(Language language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    /** The built-in texts for a language, then the templates folder's overrides if it has any. */
    public static ReportText load(Language language, Path templates) {
        Properties texts = new Properties();
        try (InputStream in = ReportText.class.getResourceAsStream("/i18n/messages_" + language.code() + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Path overrides = templates.resolve("tekster_" + language.code() + ".properties");
            if (Files.isRegularFile(overrides)) {
                try (Reader reader = Files.newBufferedReader(overrides, StandardCharsets.UTF_8)) {
                    texts.load(reader);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kunne ikke lese tekstene for " + language.code(), e);
        }
        return new ReportText(language, texts);
    }

    public Language language() {
        return language;
    }

    /**
     * A text with {0}, {1} ... replaced by the arguments as given (numbers formatted by the caller).
     * When the first argument is the count 1 and the texts have a "key.one", that is used: "1 samling".
     */
    public String get(String key, Object... args) {
        String text = args.length > 0 && args[0] instanceof Number n && n.longValue() == 1
                ? texts.getProperty(key + ".one", texts.getProperty(key)) : texts.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("No text for " + key + " in " + language.code());
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** Two decimals: 4.8 is "4,80" (or "4.80" in English). */
    public String decimal(BigDecimal value) {
        return value == null ? "" : new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(language.locale()))
                .format(value);
    }

    /** As few decimals as the value needs: 5 is "5", 4.5 is "4,5". */
    public String number(BigDecimal value) {
        return value == null ? "" : new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(language.locale()))
                .format(value);
    }

    /** A statement with "(6 av 10)" when more than one respondent made it. */
    public String statement(Statement statement, int respondents) {
        return statement.count() > 1
                ? statement.text() + " " + get("statement.ofTotal", statement.count(), respondents)
                : statement.text();
    }

    /** A change between two figures: "▲ +0,50", "▼ −0,50" or "= 0"; empty when there is none to show. */
    public String change(BigDecimal change) {
        if (change == null) {
            return "";
        }
        return change.signum() > 0 ? get("change.up", decimal(change)) : change.signum() < 0
                ? get("change.down", decimal(change.negate())) : get("change.same");
    }

    /** "Aksept (Engasjement)", or "Aksept" when only the phase was given. */
    public String stage(Anchoring.Stage stage) {
        String phase = get("phase." + stage.phase().name());
        return stage.step() == null ? phase : phase + " (" + get("step." + stage.step().name()) + ")";
    }

    /** "1. samling (februar 2012)", or the id and month of a gathering without a number. */
    public String gathering(GatheringInfo info) {
        String name = info.number() != null ? get("title.gathering", info.number()) : info.id();
        LocalDate when = info.from() != null ? info.from() : info.to();
        return when == null ? name : get("network.gatheringLabel", name,
                DateTimeFormatter.ofPattern(get("format.monthYear"), language.locale()).format(when));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern(get("format.date"), language.locale()).format(date);
    }

    /** "16.–17. februar 2012" ("16–17 February 2012"); one date when the gathering was one day. */
    public String dates(GatheringInfo info) {
        return dates(info.from(), info.to());
    }

    /** "16.–17. februar 2012", or the one date of the two that is known. */
    public String dates(LocalDate from, LocalDate to) {
        if (from == null || to == null || from.equals(to)) {
            return date(from != null ? from : to);
        }
        if (from.getYear() != to.getYear()) {
            return date(from) + "–" + date(to);
        }
        String start = from.getMonth() != to.getMonth() ? get("format.dayMonth") : get("format.day");
        return DateTimeFormatter.ofPattern(start, language.locale()).format(from) + "–" + date(to);
    }

    /** "3. samling", "18.–19. mars 2013", "Ørland": what is known of the next gathering, in that order. */
    public List<String> facts(NextGathering next) {
        List<String> facts = new ArrayList<>();
        if (next.number() != null) {
            facts.add(get("title.gathering", next.number()));
        }
        if (next.from() != null || next.to() != null) {
            facts.add(dates(next.from(), next.to()));
        }
        if (next.place() != null) {
            facts.add(next.place());
        }
        return facts;
    }

    /** A programme's day: "Mandag 18. mars 2013" ("Monday 18 March 2013"). */
    public String day(LocalDate date) {
        String day = DateTimeFormatter.ofPattern(get("format.weekday"), language.locale()).format(date);
        return day.substring(0, 1).toUpperCase(language.locale()) + day.substring(1);
    }

    /** "09.00–10.20" ("09:00–10:20"), or the start alone when the end is not known. */
    public String times(LocalTime start, LocalTime end) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern(get("format.time"), language.locale());
        return end == null ? time.format(start) : time.format(start) + "–" + time.format(end);
    }

    /** "Seniorrådgiver Einar Holand, RO": who holds an item, or null when the programme does not say. */
    public String speaker(ProgrammeItem item) {
        List<String> parts = new ArrayList<>();
        if (item.speaker() != null) {
            parts.add(item.speaker());
        }
        if (item.organisation() != null) {
            parts.add(item.organisation());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /**
     * Where an evaluation parameter sits in the programme: "mandag 09.00–10.20 · Einar Holand, RO",
     * the day named only when the programme has several.
     */
    public String slot(ProgrammeItem item, boolean withDay) {
        String when = times(item.start(), item.end());
        if (withDay) {
            when = DateTimeFormatter.ofPattern("EEEE", language.locale()).format(item.date()) + " " + when;
        }
        String who = speaker(item);
        return who == null ? when : when + " · " + who;
    }
}
