package no.samanom.samlingsrapport.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import no.samanom.samlingsrapport.input.Anchoring;
import no.samanom.samlingsrapport.input.IndicatorBands.Band;
import no.samanom.samlingsrapport.report.GatheringSummary.DataBasis;
import no.samanom.samlingsrapport.report.GatheringSummary.GatheringInfo;
import no.samanom.samlingsrapport.report.GatheringSummary.Statement;

/**
 * Everything the development report says about one network over all its gatherings, computed
 * once from the gatherings' staged summaries and rows and the network's own files. The PDF and
 * the workbook render this same model and compute nothing of their own.
 *
 * @param key        the network's identity, also its folder and file names
 * @param name       as the latest gathering writes it
 * @param gatherings the latest version of each gathering, in date order
 * @param language   the latest gathering's `språk`, or null for the run's default
 */
public record NetworkSummary(String key, String name, String language, List<Member> gatherings,
                             List<Recurring> recurringImprovements, RiskTrend risk,
                             List<MunicipalityAnchoring> anchoring, List<IndicatorTrend> indicators,
                             List<ExpectationsOverTime> expectations, Glance glance, Basis basis,
                             int statementsPerCell) {

    /** The gatherings where respondents gave die scores, in date order: the points of the die-score chart. */
    public List<Member> scored() {
        return gatherings.stream().filter(m -> m.mean() != null).toList();
    }

    /** The recurring improvement points the reports list: three cells' worth, most recurring first. */
    public List<Recurring> shownRecurring() {
        return recurringImprovements.stream().limit(3L * statementsPerCell).toList();
    }

    /** How many recurring improvement points are left out of {@link #shownRecurring()}. */
    public int moreRecurring() {
        return recurringImprovements.size() - shownRecurring().size();
    }

    /** What a table cell shows of these statements, in every format alike. */
    public StatementCell cell(List<Statement> statements) {
        return StatementCell.of(statements, statementsPerCell);
    }

    /**
     * The answer to "how are we doing" in one paragraph.
     *
     * @param firstMean      the first gathering's mean die score (of those with scores), or null
     * @param latestMean     the latest gathering's, or null
     * @param dieScoreChange latest minus first, null unless two gatherings have scores
     * @param greatestRisk   the greatest risk at the latest gathering with risk ratings
     * @param phases         how many municipalities stand in each phase now, in ladder order
     * @param reached        series whose latest measurement reached its target
     * @param measured       series with both a measurement and a target
     */
    public record Glance(BigDecimal firstMean, BigDecimal latestMean, BigDecimal dieScoreChange,
                         List<String> greatestRisk, List<Integer> phases, int reached, int measured) {
    }

    /**
     * One gathering of the network, in the version the report rests on.
     *
     * @param scored respondents with a die score
     * @param mean   their mean die score, null when none gave one
     */
    public record Member(GatheringInfo info, String fingerprint, int respondents, int scored, BigDecimal mean) {
    }

    /** An improvement point (after the same grouping as in a gathering) made at two or more gatherings. */
    public record Recurring(String text, List<Occurrence> occurrences) {
    }

    /** @param count N in "(N av M)" at that gathering, respondents its M */
    public record Occurrence(String gathering, int count, int respondents) {
    }

    /**
     * Risk in the first and the latest gathering with risk ratings.
     *
     * @param factors        overall mean per factor, in the form's order
     * @param municipalities per municipality, its factors in the form's order
     */
    public record RiskTrend(String first, String latest, List<FactorChange> factors,
                            List<MunicipalityChange> municipalities, int smallGroupThreshold) {
        public boolean isEmpty() {
            return factors.isEmpty();
        }
    }

    /** @param change latest minus first, null unless both are known; positive means greater risk */
    public record FactorChange(String factor, BigDecimal first, BigDecimal latest, BigDecimal change) {
    }

    /**
     * @param suppressed fewer respondents than the small-group threshold at the first or the latest
     *                   gathering: its own figures are not shown, as in the gathering reports
     */
    public record MunicipalityChange(String municipality, List<FactorChange> factors, boolean suppressed) {
    }

    /** A municipality's way up the ladder, oldest first; the last entry is where it stands. */
    public record MunicipalityAnchoring(String municipality, List<StageAt> history) {
        public StageAt current() {
            return history.get(history.size() - 1);
        }
    }

    /** @param comment null when none was given */
    public record StageAt(LocalDate date, Anchoring.Stage stage, String comment) {
    }

    /**
     * One indicator over time for every municipality that measures it.
     *
     * @param scale              as written, null when never given
     * @param scaleLow scaleHigh the ends of a scale written as "0-100", else null
     * @param bands              what its values mean (templates/indikatorbaand.csv), lowest first; none when not known
     * @param bandSource         where the bands come from, null when the template does not say
     */
    public record IndicatorTrend(String indicator, String scale, BigDecimal scaleLow, BigDecimal scaleHigh,
                                 List<IndicatorSeries> series, List<Band> bands, String bandSource) {
        /** A report staged by a version without bands reads as having none. */
        public IndicatorTrend {
            bands = bands == null ? List.of() : bands;
        }
    }

    /**
     * @param values  measurements, oldest first
     * @param targets targets by date, oldest first
     * @param latest  the latest measurement, or null without any
     * @param band    the band the latest measurement falls in, or null
     * @param status  the latest measurement against the target that applies to it, or null without both
     * @param sources the sources named, in order of first mention
     */
    public record IndicatorSeries(String municipality, List<Point> values, List<Point> targets, Point latest,
                                  Band band, Status status, List<String> sources) {
    }

    public record Point(LocalDate date, BigDecimal value) {
    }

    /**
     * The latest measurement against the first target on or after its date (else the last target
     * before it).
     *
     * @param gap     measurement minus target: negative means short of it
     * @param reached the measurement is at or above the target (higher is better for every indicator)
     */
    public record Status(Point latest, Point target, BigDecimal gap, boolean reached) {
    }

    /** @param perGathering statements per gathering, in the order of {@link NetworkSummary#gatherings()} */
    public record ExpectationsOverTime(String municipality, List<List<Statement>> perGathering) {
    }

    /**
     * What the report rests on besides the gatherings: the network folder's own files.
     *
     * @param networkFiles rows of the network folder's anchoring and result files, or null without one
     */
    public record Basis(DataBasis networkFiles, int anchoringRows, int indicatorRows) {
    }
}
