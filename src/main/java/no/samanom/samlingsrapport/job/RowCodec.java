package no.samanom.samlingsrapport.job;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import no.samanom.samlingsrapport.input.Anchoring;
import no.samanom.samlingsrapport.input.Consequence;
import no.samanom.samlingsrapport.input.DataRow;
import no.samanom.samlingsrapport.input.DataRow.AnchoringRow;
import no.samanom.samlingsrapport.input.DataRow.EvaluationRow;
import no.samanom.samlingsrapport.input.DataRow.ExpectationRow;
import no.samanom.samlingsrapport.input.DataRow.IndicatorRow;
import no.samanom.samlingsrapport.input.DataRow.MetaRow;
import no.samanom.samlingsrapport.input.DataRow.ProgrammeRow;
import no.samanom.samlingsrapport.input.DataRow.ProjectStatusRow;
import no.samanom.samlingsrapport.input.DataRow.RiskRow;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.input.MetaField;
import no.samanom.samlingsrapport.input.Origin;
import no.samanom.samlingsrapport.input.ProgrammeItemType;

/**
 * The staging files' line format: tab-separated fields, escaped so that any cell text
 * (tabs, line breaks) survives, one line per row, so Spring Batch's flat file writer can
 * checkpoint and truncate on restart.
 */
final class RowCodec {

    private static final char LIST_SEPARATOR = '\u001F';
    private static final String NULL = "\\0";

    private RowCodec() {
    }

    static String encode(DataRow row) {
        Origin o = row.origin();
        if (row instanceof MetaRow m) {
            return join("M", o, m.field().name(), escape(m.value()));
        }
        if (row instanceof ExpectationRow e) {
            return join("E", o, escape(e.municipality()), escape(e.expectation()), escape(e.theme()));
        }
        if (row instanceof EvaluationRow e) {
            return join("V", o, escape(e.respondent()), escape(e.municipality()), escape(e.parameter()),
                    list(e.workedWell()), list(e.why()), list(e.improvements()),
                    e.score() == null ? NULL : e.score().toString());
        }
        if (row instanceof AnchoringRow a) {
            return join("F", o, escape(a.municipality()), a.date().toString(), a.stage().phase().name(),
                    a.stage().step() == null ? NULL : a.stage().step().name(), escape(a.comment()));
        }
        if (row instanceof IndicatorRow i) {
            return join("I", o, escape(i.municipality()), escape(i.indicator()), i.date().toString(),
                    number(i.value()), number(i.target()), escape(i.scale()), escape(i.source()));
        }
        if (row instanceof ProgrammeRow p) {
            return join("P", o, p.date().toString(), p.start().toString(), p.end() == null ? NULL : p.end().toString(),
                    escape(p.title()), escape(p.speaker()), escape(p.organisation()),
                    p.type() == null ? NULL : p.type().name(), list(p.description()));
        }
        if (row instanceof ProjectStatusRow s) {
            return join("S", o, escape(s.municipality()), list(s.status()), escape(s.completion()),
                    s.completionDate() == null ? NULL : s.completionDate().toString(), list(s.anchoring()),
                    list(s.risk()), list(s.benefits()), list(s.measurement()));
        }
        RiskRow r = (RiskRow) row;
        return join("R", o, escape(r.municipality()), escape(r.respondent()), escape(r.factor()),
                Integer.toString(r.rating()));
    }

    private static String number(BigDecimal value) {
        return value == null ? NULL : value.toPlainString();
    }

    private static BigDecimal number(String field) {
        return field.equals(NULL) ? null : new BigDecimal(field);
    }

    static DataRow decodeRow(String line) {
        String[] f = line.split("\t", -1);
        Origin origin = new Origin(text(f[1]), text(f[2]), Integer.parseInt(f[3]));
        return switch (f[0]) {
            case "M" -> new MetaRow(origin, MetaField.valueOf(f[4]), text(f[5]));
            case "E" -> new ExpectationRow(origin, text(f[4]), text(f[5]), text(f[6]));
            case "V" -> new EvaluationRow(origin, text(f[4]), text(f[5]), text(f[6]), list(f[7]), list(f[8]),
                    list(f[9]), f[10].equals(NULL) ? null : Integer.valueOf(f[10]));
            case "R" -> new RiskRow(origin, text(f[4]), text(f[5]), text(f[6]), Integer.parseInt(f[7]));
            case "F" -> new AnchoringRow(origin, text(f[4]), LocalDate.parse(f[5]), new Anchoring.Stage(
                    Anchoring.Phase.valueOf(f[6]), f[7].equals(NULL) ? null : Anchoring.Step.valueOf(f[7])), text(f[8]));
            case "I" -> new IndicatorRow(origin, text(f[4]), text(f[5]), LocalDate.parse(f[6]), number(f[7]),
                    number(f[8]), text(f[9]), text(f[10]));
            case "P" -> new ProgrammeRow(origin, LocalDate.parse(f[4]), LocalTime.parse(f[5]),
                    f[6].equals(NULL) ? null : LocalTime.parse(f[6]), text(f[7]), text(f[8]), text(f[9]),
                    f[10].equals(NULL) ? null : ProgrammeItemType.valueOf(f[10]), list(f[11]));
            case "S" -> new ProjectStatusRow(origin, text(f[4]), list(f[5]), text(f[6]),
                    f[7].equals(NULL) ? null : LocalDate.parse(f[7]), list(f[8]), list(f[9]), list(f[10]), list(f[11]));
            default -> throw new IllegalArgumentException("Unknown staged row type: " + f[0]);
        };
    }

    static String encode(Deviation d) {
        return String.join("\t", escape(d.file()), escape(d.sheet()), Integer.toString(d.line()), escape(d.column()),
                escape(d.value()), escape(d.reason()), d.consequence().name());
    }

    static Deviation decodeDeviation(String line) {
        String[] f = line.split("\t", -1);
        return new Deviation(text(f[0]), text(f[1]), Integer.parseInt(f[2]), text(f[3]), text(f[4]), text(f[5]),
                Consequence.valueOf(f[6]));
    }

    /** @param fields already encoded: escaped text or joined lists */
    private static String join(String type, Origin origin, String... fields) {
        StringBuilder line = new StringBuilder(type).append('\t').append(escape(origin.file())).append('\t')
                .append(escape(origin.sheet())).append('\t').append(origin.line());
        for (String field : fields) {
            line.append('\t').append(field);
        }
        return line.toString();
    }

    /** Lists are escaped element by element and joined with a separator no escaped text contains. */
    private static String list(List<String> items) {
        StringBuilder joined = new StringBuilder().append(LIST_SEPARATOR);
        items.forEach(item -> joined.append(escape(item)).append(LIST_SEPARATOR));
        return joined.toString();
    }

    private static List<String> list(String field) {
        // "<sep>a<sep>b<sep>": every item is followed by a separator, so the last split part is not an item
        String[] parts = field.substring(1).split(String.valueOf(LIST_SEPARATOR), -1);
        List<String> items = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length - 1; i++) {
            items.add(text(parts[i]));
        }
        return items;
    }

    static String escape(String text) {
        if (text == null) {
            return NULL;
        }
        if (!needsEscape(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case LIST_SEPARATOR -> out.append("\\u");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == LIST_SEPARATOR) {
                return true;
            }
        }
        return false;
    }

    static String text(String field) {
        if (field.equals(NULL)) {
            return null;
        }
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 'u' -> LIST_SEPARATOR;
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
