package no.samanom.samlingsrapport.input;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.samanom.samlingsrapport.input.DataRow.ProgrammeRow;
import no.samanom.samlingsrapport.input.DataRow.ProjectStatusRow;

/**
 * The contract of what happened at the gathering besides the feedback: its programme hour by
 * hour, and the municipalities' project presentations. Whether items overlap or come out of
 * order needs the whole programme, and is found when the summary is built.
 */
final class ProgrammeRowRules {

    static final String TIME_RULE = "Skriv klokkeslettet som 0900, 09:00 eller 9.00";
    /** "09:00–10:20" in the start column: both times of an item in one cell. */
    private static final Pattern SPAN = Pattern.compile("(.+?)\\s*[-–—]\\s*(.+)");
    private static final Pattern MINUTES = Pattern.compile("(.+?)\\s*(?:min|minutt|minutter|minutes)\\.?",
            Pattern.CASE_INSENSITIVE);

    private final TablePlan plan;

    ProgrammeRowRules(TablePlan plan) {
        this.plan = plan;
    }

    void programme(RowCheck check) {
        String title = check.text(Column.TITTEL);
        String dateText = check.text(Column.DATO);
        String startText = check.text(Column.START);
        Optional<LocalDate> date = Values.date(dateText, plan.date1904());
        Matcher span = SPAN.matcher(startText);
        boolean bothTimes = span.matches() && Values.time(span.group(1)).isPresent()
                && Values.time(span.group(2)).isPresent();
        Optional<LocalTime> start = Values.time(bothTimes ? span.group(1) : startText);
        if (title.isEmpty()) {
            check.reject(Column.TITTEL, "", "Tittel mangler; hvert programpunkt må ha en tittel");
        } else if (date.isEmpty()) {
            check.reject(Column.DATO, dateText, dateText.isEmpty() ? "Dato mangler" : RowCheck.DATE_PROBLEM);
        } else if (start.isEmpty()) {
            check.reject(Column.START, startText, (startText.isEmpty() ? "Starttid mangler" : "Ugyldig klokkeslett")
                    + ". " + TIME_RULE + ", eller som et Excel-klokkeslett");
        } else {
            String endText = bothTimes ? span.group(2) : check.text(Column.SLUTT);
            LocalTime end = end(check, start.get(), endText, bothTimes ? Column.START : Column.SLUTT);
            check.use(new ProgrammeRow(check.origin(), date.get(), start.get(), end, title,
                    RowCheck.blankToNull(check.text(Column.FOREDRAGSHOLDER)),
                    RowCheck.blankToNull(check.text(Column.ORGANISASJON)), type(check, title),
                    Statements.split(check.text(Column.BESKRIVELSE))));
        }
    }

    /**
     * The end from `slutt`, else from `varighet`. A bad one of them is dropped with a deviation; when
     * both are given and disagree, `slutt` stands and `varighet` is dropped.
     */
    private static LocalTime end(RowCheck check, LocalTime start, String endText, Column endColumn) {
        LocalTime end = null;
        if (!endText.isEmpty()) {
            Optional<LocalTime> parsed = Values.time(endText);
            if (parsed.isEmpty()) {
                check.drop(endColumn, endText, "Ugyldig sluttid. " + TIME_RULE);
            } else if (!parsed.get().isAfter(start)) {
                check.drop(endColumn, endText, "Sluttiden er ikke etter starttiden (" + start + ")");
            } else {
                end = parsed.get();
            }
        }
        String durationText = check.text(Column.VARIGHET);
        if (durationText.isEmpty()) {
            return end;
        }
        Matcher unit = MINUTES.matcher(durationText);
        Optional<Integer> minutes = Values.whole(unit.matches() ? unit.group(1) : durationText, 1, 24 * 60);
        if (minutes.isEmpty()) {
            check.drop(Column.VARIGHET, durationText, RowCheck.numberProblem(durationText,
                    "Varigheten må være et helt antall minutter, som 45"));
            return end;
        }
        int startMinute = start.getHour() * 60 + start.getMinute();
        if (startMinute + minutes.get() >= 24 * 60) {
            check.drop(Column.VARIGHET, durationText, "Punktet ville vart forbi midnatt (start " + start
                    + "); skriv en kortere varighet eller del punktet på to dager");
            return end;
        }
        LocalTime byDuration = start.plusMinutes(minutes.get());
        if (end != null && !end.equals(byDuration)) {
            int between = end.getHour() * 60 + end.getMinute() - startMinute;
            check.drop(Column.VARIGHET, durationText, "Varigheten stemmer ikke med start og slutt (" + start + "–" + end
                    + " er " + between + " minutter); sluttiden brukes");
            return end;
        }
        return byDuration;
    }

    /** The type as given; without one, a break or a meal the title begins with. An unknown type is dropped. */
    private static ProgrammeItemType type(RowCheck check, String title) {
        String text = check.text(Column.TYPE);
        if (text.isEmpty()) {
            return ProgrammeItemType.ofTitle(title).orElse(null);
        }
        Optional<ProgrammeItemType> type = ProgrammeItemType.parse(text);
        if (type.isEmpty()) {
            check.drop(Column.TYPE, text, "Ukjent type. Bruk " + ProgrammeItemType.accepted() + ", eller la feltet stå tomt");
        }
        return type.orElse(null);
    }

    void projectStatus(RowCheck check) {
        String municipality = check.municipality();
        List<String> status = Statements.split(check.text(Column.STATUS));
        String completion = RowCheck.blankToNull(check.text(Column.FORVENTET_AVSLUTNING));
        List<String> anchoring = Statements.split(check.text(Column.FORANKRING));
        List<String> risk = Statements.split(check.text(Column.RISIKO));
        List<String> benefits = Statements.split(check.text(Column.GEVINSTER));
        List<String> measurement = Statements.split(check.text(Column.MAALING));
        if (municipality.isEmpty()) {
            check.reject(Column.KOMMUNE, "", "Kommune mangler; hver prosjektstatus må høre til en kommune");
        } else if (status.isEmpty() && completion == null && anchoring.isEmpty() && risk.isEmpty() && benefits.isEmpty()
                && measurement.isEmpty()) {
            check.reject(Column.KOMMUNE, municipality, "Raden har ingen tekst om prosjektet; skriv minst én av status, "
                    + "forventet avslutning, forankring, risiko, gevinster og måling");
        } else {
            LocalDate completionDate = completion == null ? null : Values.date(completion, plan.date1904()).orElse(null);
            check.use(new ProjectStatusRow(check.origin(), municipality, status, completion, completionDate, anchoring,
                    risk, benefits, measurement));
        }
    }
}
