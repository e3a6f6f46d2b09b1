package no.samanom.samlingsrapport.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import no.samanom.samlingsrapport.input.ProgrammeItemType;

/**
 * Everything the reports say about one gathering, computed once from its rows. Every writer
 * renders this same model and computes nothing of its own, so the PDF and the workbook
 * cannot disagree.
 *
 * @param programme         the timetable, empty when the gathering gave none
 * @param projects          the municipalities' project presentations, in the order of the programme
 * @param next              the next gathering, as far as the `samling` table tells it
 * @param statementsPerCell at most this many statements in a table cell (the profile's rule when it was built)
 */
public record GatheringSummary(GatheringInfo info, ProgrammeSection programme, ExpectationSection expectations,
                               List<ProjectPresentation> projects, EvaluationSection evaluation,
                               DieScoreSection dieScore, RiskSection risk, NextGathering next, DataBasis dataBasis,
                               int statementsPerCell) {

    /** A summary staged by a version without programmes and presentations reads as having none. */
    public GatheringSummary {
        programme = programme == null ? new ProgrammeSection(List.of()) : programme;
        projects = projects == null ? List.of() : projects;
        next = next == null ? new NextGathering(null, null, null, null, List.of(), List.of()) : next;
    }

    /** What a table cell shows of these statements, in every format alike. */
    public StatementCell cell(List<Statement> statements) {
        return StatementCell.of(statements, statementsPerCell);
    }

    /** The title block: what the `samling` table said, with the id as fallback title. */
    /** @param language the `språk` the gathering asked for ("nb", "nn", "en"), or null for the run's default */
    public record GatheringInfo(String id, String title, String network, Integer number, LocalDate from,
                                LocalDate to, String place, List<String> themes, String language) {
    }

    /** A statement, after grouping, and how many respondents made it. */
    public record Statement(String text, int count) {
    }

    public record ExpectationSection(List<MunicipalityExpectations> municipalities, List<ThemeCount> themes) {
        public boolean isEmpty() {
            return municipalities.isEmpty();
        }
    }

    public record MunicipalityExpectations(String municipality, List<Statement> expectations) {
    }

    /** How many municipalities named a theme among their expectations. */
    public record ThemeCount(String theme, int municipalities) {
    }

    /**
     * The evaluation table: per parameter, grouped statements most frequent first.
     *
     * @param respondents M in "(N av M)": every respondent of the evaluation
     */
    public record EvaluationSection(int respondents, List<ParameterFeedback> parameters) {
        public boolean isEmpty() {
            return parameters.isEmpty();
        }
    }

    /** @param items the programme items whose title is the parameter's (folding case and accents), in programme order */
    public record ParameterFeedback(String parameter, List<Statement> workedWell, List<Statement> why,
                                    List<Statement> improvements, List<ProgrammeItem> items) {
        public ParameterFeedback {
            items = items == null ? List.of() : items;
        }
    }

    /** The programme as a timetable: its days in date order, each day's items in the order given. */
    public record ProgrammeSection(List<ProgrammeDay> days) {
        public boolean isEmpty() {
            return days.isEmpty();
        }

        /** An item's day is worth naming beside its time only when the programme has more than one. */
        public boolean severalDays() {
            return days.size() > 1;
        }
    }

    public record ProgrammeDay(LocalDate date, List<ProgrammeItem> items) {
    }

    /**
     * One item of the programme.
     *
     * @param end         null when not given
     * @param speaker     null when not given, as are {@code organisation} and {@code type}
     * @param description the item's lines (its method, say), possibly none
     * @param light       a break or a meal: drawn lighter than the items around it
     */
    public record ProgrammeItem(LocalDate date, LocalTime start, LocalTime end, String title, String speaker,
                                String organisation, ProgrammeItemType type, List<String> description, boolean light) {
    }

    /**
     * A municipality's project presentation under its five headings; each holds the points made,
     * in the order first made.
     *
     * @param completion     the expected completion as written, null when not given
     * @param completionDate the same when it is a date
     */
    public record ProjectPresentation(String municipality, List<Statement> status, String completion,
                                      LocalDate completionDate, List<Statement> anchoring, List<Statement> risk,
                                      List<Statement> benefits, List<Statement> measurement) {
    }

    /**
     * What the `samling` table says about the next gathering.
     *
     * @param number this gathering's number plus one, when this one has a number
     */
    public record NextGathering(Integer number, LocalDate from, LocalDate to, String place, List<String> themes,
                                List<String> notes) {
        public boolean isEmpty() {
            return from == null && to == null && place == null && themes.isEmpty() && notes.isEmpty();
        }
    }

    /**
     * @param respondents  respondents with a valid score
     * @param mean         to two decimals, half up
     * @param distribution how many gave 1, 2, ... 6
     */
    public record DieScoreSection(int respondents, BigDecimal mean, BigDecimal median, List<Integer> distribution) {
        public boolean isEmpty() {
            return respondents == 0;
        }
    }

    /**
     * @param factors        the factors in the order of the printed form
     * @param ranked         factors with ratings, greatest mean first
     * @param greatest       the factor(s) with the greatest mean; several on a tie
     * @param municipalities the municipality by factor matrix
     */
    public record RiskSection(List<String> factors, List<FactorRisk> ranked, List<String> greatest,
                              List<MunicipalityRisk> municipalities, int smallGroupThreshold) {
        public boolean isEmpty() {
            return ranked.isEmpty();
        }
    }

    /** @param distribution how many rated 1, 2, ... 10 */
    public record FactorRisk(String factor, int ratings, BigDecimal mean, BigDecimal median,
                             List<Integer> distribution) {
    }

    /**
     * One row of the matrix.
     *
     * @param respondents the most ratings any one factor got from this municipality
     * @param means       per factor in form order; null where the municipality gave no rating, and all
     *                    null when the municipality is suppressed
     * @param suppressed  fewer respondents than the small-group threshold: its own figures are not shown,
     *                    so that no one can be identified; its ratings still count in the factor means
     */
    public record MunicipalityRisk(String municipality, int respondents, List<BigDecimal> means, boolean suppressed) {
    }

    /** What the figures rest on: every file, its hash and how its rows were used. */
    public record DataBasis(List<SourceSummary> sources, int rowsRead, int rowsUsed, int rowsRejected,
                            int deviations, int rejectedFiles) {
    }

    public record SourceSummary(String file, String sha256, long size, int rowsRead, int rowsUsed,
                                int rowsRejected, boolean rejected) {
    }
}
