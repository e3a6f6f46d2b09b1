package no.samanom.samlingsrapport.aggregation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import no.samanom.samlingsrapport.input.Consequence;
import no.samanom.samlingsrapport.input.DataRow;
import no.samanom.samlingsrapport.input.DataRow.AnchoringRow;
import no.samanom.samlingsrapport.input.DataRow.EvaluationRow;
import no.samanom.samlingsrapport.input.DataRow.ExpectationRow;
import no.samanom.samlingsrapport.input.DataRow.IndicatorRow;
import no.samanom.samlingsrapport.input.DataRow.MetaRow;
import no.samanom.samlingsrapport.input.DataRow.RiskRow;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.input.MetaField;
import no.samanom.samlingsrapport.input.Municipalities;
import no.samanom.samlingsrapport.input.Origin;
import no.samanom.samlingsrapport.input.RiskFactors;
import no.samanom.samlingsrapport.input.SourceFile;
import no.samanom.samlingsrapport.report.GatheringSummary;
import no.samanom.samlingsrapport.report.Profile;
import no.samanom.samlingsrapport.report.GatheringSummary.DataBasis;
import no.samanom.samlingsrapport.report.GatheringSummary.DieScoreSection;
import no.samanom.samlingsrapport.report.GatheringSummary.EvaluationSection;
import no.samanom.samlingsrapport.report.GatheringSummary.ExpectationSection;
import no.samanom.samlingsrapport.report.GatheringSummary.FactorRisk;
import no.samanom.samlingsrapport.report.GatheringSummary.GatheringInfo;
import no.samanom.samlingsrapport.report.GatheringSummary.MunicipalityExpectations;
import no.samanom.samlingsrapport.report.GatheringSummary.MunicipalityRisk;
import no.samanom.samlingsrapport.report.GatheringSummary.ParameterFeedback;
import no.samanom.samlingsrapport.report.GatheringSummary.RiskSection;
import no.samanom.samlingsrapport.report.GatheringSummary.SourceSummary;
import no.samanom.samlingsrapport.report.GatheringSummary.ThemeCount;
import no.samanom.samlingsrapport.report.RespondentScore;

/**
 * Builds a gathering's summary in one pass over its normalised rows, in bounded memory:
 * per statement group and per named respondent, never per row. Findings that need the
 * whole gathering (a respondent's differing scores, a field given twice) become deviations.
 */
public final class SummaryBuilder {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    private final RiskFactors factors;
    private final int smallGroupThreshold;
    private final int statementsPerCell;
    private final Municipalities municipalities;
    private final NameTally names = new NameTally();
    private final List<Deviation> lateDeviations = new ArrayList<>();

    private final Map<MetaField, MetaRow> meta = new EnumMap<>(MetaField.class);
    private final List<String> themes = new ArrayList<>();

    private final StatementGroups.Registry registry = new StatementGroups.Registry();
    private final Map<String, StatementGroups> expectations = new LinkedHashMap<>();
    private final Map<String, Set<String>> themeMunicipalities = new LinkedHashMap<>();
    private final Map<String, String> themeNames = new HashMap<>();

    private final Map<String, ParameterGroups> parameters = new LinkedHashMap<>();
    private final Map<String, Integer> respondentIds = new HashMap<>();
    private final List<String> respondentNames = new ArrayList<>();
    private int anonymousRespondents;
    private int[] scores = new int[1024];
    private int[] scoreLines = new int[1024];
    /** Line and score of each anonymous respondent's score, two ints per score. */
    private int[] anonymousScores = new int[1024];
    private int anonymousScoreCount;
    /** Scores of anonymous respondents; named respondents' scores join at the end, once settled. */
    private final Distribution dieScores = new Distribution(6);

    private final Map<String, Distribution> riskByFactor = new LinkedHashMap<>();
    private final Map<String, Map<String, Distribution>> riskByMunicipality = new LinkedHashMap<>();

    private final Map<String, int[]> rowsByFile = new HashMap<>();
    private final Set<String> rejectedFiles = new LinkedHashSet<>();
    private int deviationCount;
    private Origin lastOrigin;
    private Origin firstNetworkRow;

    /**
     * @param municipalities the list names are checked against: a name not on it gets a note
     * @param profile        the network's rules: its small-group threshold (a municipality with fewer
     *                       respondents is not shown on its own) and how many statements a cell shows
     */
    public SummaryBuilder(RiskFactors factors, Municipalities municipalities, Profile profile) {
        this.factors = factors;
        this.smallGroupThreshold = profile.smallGroupThreshold();
        this.statementsPerCell = profile.statementsPerCell();
        this.municipalities = municipalities;
        factors.names().forEach(f -> riskByFactor.put(f, new Distribution(10)));
    }

    public void add(DataRow row) {
        if (!row.origin().equals(lastOrigin)) {
            fileCounts(row.origin().file())[0]++;
            lastOrigin = row.origin();
        }
        if (row instanceof MetaRow m) {
            addMeta(m);
        } else if (row instanceof ExpectationRow e) {
            addExpectation(e);
        } else if (row instanceof EvaluationRow e) {
            addEvaluation(e);
        } else if (row instanceof RiskRow r) {
            addRisk(r);
        } else if (firstNetworkRow == null && (row instanceof AnchoringRow || row instanceof IndicatorRow)) {
            firstNetworkRow = row.origin(); // the network's development report reads these rows from staging
        }
    }

    /** Every deviation found before aggregation, so that the data basis can count them. */
    public void addDeviation(Deviation deviation) {
        deviationCount++;
        if (deviation.consequence() == Consequence.ROW_REJECTED) {
            fileCounts(deviation.file())[1]++;
        } else if (deviation.consequence() == Consequence.FILE_REJECTED) {
            rejectedFiles.add(deviation.sheet() == null ? deviation.file() : deviation.file() + "#" + deviation.sheet());
        }
    }

    /** Deviations only the whole gathering reveals; the caller lists them with the others. */
    public List<Deviation> lateDeviations() {
        return List.copyOf(lateDeviations);
    }

    private void addMeta(MetaRow row) {
        if (row.field().repeatable()) {
            themes.add(row.value());
            return;
        }
        MetaRow first = meta.putIfAbsent(row.field(), row);
        if (first != null && !first.value().equals(row.value())) {
            late(Deviation.at(row.origin(), "verdi", row.value(), "Feltet «" + row.field().displayName()
                    + "» er gitt før (" + first.origin().describe() + ": «" + first.value() + "»); den første verdien brukes",
                    Consequence.VALUE_DROPPED));
        }
    }

    private void addExpectation(ExpectationRow row) {
        String municipality = names.add(row.municipality(), row.origin());
        expectations.computeIfAbsent(municipality, m -> new StatementGroups(registry))
                .add(row.expectation(), StatementGroups.Registry.ANONYMOUS);
        if (row.theme() != null) {
            String key = StatementGroups.key(row.theme());
            themeNames.putIfAbsent(key, row.theme());
            themeMunicipalities.computeIfAbsent(key, k -> new LinkedHashSet<>())
                    .add(municipality);
        }
    }

    private void addEvaluation(EvaluationRow row) {
        if (row.municipality() != null) {
            names.add(row.municipality(), row.origin());
        }
        int respondent = respondent(row);
        if (row.parameter() != null) {
            ParameterGroups groups = parameters.computeIfAbsent(row.parameter().strip(), p -> new ParameterGroups(registry));
            row.workedWell().forEach(s -> groups.workedWell.add(s, respondent));
            row.why().forEach(s -> groups.why.add(s, respondent));
            row.improvements().forEach(s -> groups.improvements.add(s, respondent));
        }
        if (row.score() != null) {
            score(row, respondent);
        }
    }

    private int respondent(EvaluationRow row) {
        if (row.respondent() == null) {
            anonymousRespondents++;
            return StatementGroups.Registry.ANONYMOUS;
        }
        int id = respondentIds.computeIfAbsent(row.respondent().strip().toLowerCase(NORWEGIAN), k -> {
            respondentNames.add(row.respondent().strip());
            return respondentIds.size();
        });
        if (id >= scores.length) {
            scores = Arrays.copyOf(scores, scores.length * 2);
            scoreLines = Arrays.copyOf(scoreLines, scoreLines.length * 2);
        }
        return id;
    }

    /** Equal repeats count once; a respondent whose scores differ gets none, with a deviation. */
    private void score(EvaluationRow row, int respondent) {
        if (respondent == StatementGroups.Registry.ANONYMOUS) {
            dieScores.add(row.score());
            if (2 * anonymousScoreCount + 2 > anonymousScores.length) {
                anonymousScores = Arrays.copyOf(anonymousScores, anonymousScores.length * 2);
            }
            anonymousScores[2 * anonymousScoreCount] = row.origin().line();
            anonymousScores[2 * anonymousScoreCount + 1] = row.score();
            anonymousScoreCount++;
            return;
        }
        int known = scores[respondent];
        if (known == 0) {
            scores[respondent] = row.score();
            scoreLines[respondent] = row.origin().line();
        } else if (Math.abs(known) != row.score()) {
            scores[respondent] = -Math.abs(known);
            late(Deviation.at(row.origin(), "terningkast", row.score().toString(), "Respondent «" + row.respondent()
                    + "» har et annet terningkast her enn på linje " + scoreLines[respondent] + " (" + Math.abs(known)
                    + "); respondentens terningkast er utelatt", Consequence.VALUE_DROPPED));
        }
    }

    private void addRisk(RiskRow row) {
        riskByFactor.get(row.factor()).add(row.rating());
        riskByMunicipality.computeIfAbsent(names.add(row.municipality(), row.origin()), m -> new LinkedHashMap<>())
                .computeIfAbsent(row.factor(), f -> new Distribution(10))
                .add(row.rating());
    }

    private void late(Deviation deviation) {
        lateDeviations.add(deviation);
        deviationCount++;
    }

    private int[] fileCounts(String file) {
        return rowsByFile.computeIfAbsent(file, f -> new int[2]);
    }

    /**
     * Every respondent's settled score, named respondents in order of appearance, then the
     * anonymous ones: the rows behind the die-score figures. Call after the last row.
     */
    public void respondentScores(Consumer<RespondentScore> sink) {
        for (int r = 0; r < respondentNames.size(); r++) {
            if (scores[r] > 0) {
                sink.accept(new RespondentScore(respondentNames.get(r), scoreLines[r], scores[r]));
            }
        }
        for (int i = 0; i < anonymousScoreCount; i++) {
            sink.accept(new RespondentScore(null, anonymousScores[2 * i], anonymousScores[2 * i + 1]));
        }
    }

    public GatheringSummary build(String id, List<SourceFile> files) {
        if (firstNetworkRow != null && !meta.containsKey(MetaField.NETTVERK)) {
            late(Deviation.at(firstNetworkRow, "", "", "Samlingen har forankring eller resultater, men ikke noe nettverk "
                    + "i tabellen samling; radene kommer ikke med i noen utviklingsrapport før feltet nettverk er fylt ut",
                    Consequence.NOTE));
        }
        unknownMunicipalities();
        return new GatheringSummary(info(id), expectationSection(), evaluationSection(), dieScoreSection(),
                riskSection(), dataBasis(files), statementsPerCell);
    }

    /** One note per municipality not on the list, where it first appears, with the nearest name on the list. */
    private void unknownMunicipalities() {
        if (municipalities.isEmpty()) {
            return;
        }
        for (String key : names.keys()) {
            String shown = names.shown(key);
            if (!municipalities.isKnown(shown)) {
                String nearest = municipalities.nearest(shown).map(n -> " Mente du " + n + "?").orElse("");
                late(Deviation.at(names.firstSeen(key), "kommune", shown, "Kommunen står ikke i kommunelisten "
                        + "(templates/kommuner.csv); navnet brukes som skrevet." + nearest, Consequence.NOTE));
            }
        }
    }

    private GatheringInfo info(String id) {
        LocalDate from = date(MetaField.FRA);
        LocalDate to = date(MetaField.TIL);
        if (from != null && to != null && to.isBefore(from)) {
            MetaRow til = meta.get(MetaField.TIL);
            late(Deviation.at(til.origin(), "verdi", til.value(), "Sluttdatoen «til» er før startdatoen «fra» ("
                    + meta.get(MetaField.FRA).value() + "); sluttdatoen er utelatt", Consequence.VALUE_DROPPED));
            to = null;
        }
        return new GatheringInfo(id, value(MetaField.TITTEL, id), value(MetaField.NETTVERK, null),
                meta.containsKey(MetaField.NUMMER) ? Integer.valueOf(meta.get(MetaField.NUMMER).value()) : null,
                from, to, value(MetaField.STED, null), List.copyOf(themes), value(MetaField.SPRAAK, null));
    }

    private String value(MetaField field, String fallback) {
        return meta.containsKey(field) ? meta.get(field).value() : fallback;
    }

    private LocalDate date(MetaField field) {
        return meta.containsKey(field) ? LocalDate.parse(meta.get(field).value()) : null;
    }

    private ExpectationSection expectationSection() {
        List<MunicipalityExpectations> municipalities = expectations.entrySet().stream()
                .map(e -> new MunicipalityExpectations(names.shown(e.getKey()), e.getValue().ranked()))
                .toList();
        List<ThemeCount> counts = themeMunicipalities.entrySet().stream()
                .map(e -> new ThemeCount(themeNames.get(e.getKey()), e.getValue().size()))
                .sorted(Comparator.comparingInt((ThemeCount t) -> -t.municipalities()))
                .toList();
        return new ExpectationSection(municipalities, counts);
    }

    private EvaluationSection evaluationSection() {
        List<ParameterFeedback> feedback = parameters.entrySet().stream()
                .map(e -> new ParameterFeedback(e.getKey(), e.getValue().workedWell.ranked(),
                        e.getValue().why.ranked(), e.getValue().improvements.ranked()))
                .toList();
        return new EvaluationSection(respondentIds.size() + anonymousRespondents, feedback);
    }

    private DieScoreSection dieScoreSection() {
        Distribution all = dieScores.copy();
        for (int r = 0; r < respondentIds.size(); r++) {
            if (scores[r] > 0) {
                all.add(scores[r]);
            }
        }
        return new DieScoreSection(all.n(), all.mean(), all.median(), all.counts());
    }

    private RiskSection riskSection() {
        List<String> order = factors.names();
        List<FactorRisk> ranked = order.stream()
                .filter(f -> riskByFactor.get(f).n() > 0)
                .map(f -> {
                    Distribution d = riskByFactor.get(f);
                    return new FactorRisk(f, d.n(), d.mean(), d.median(), d.counts());
                })
                .sorted(Comparator.comparing(FactorRisk::mean).reversed())
                .toList();
        List<String> greatest = ranked.stream()
                .filter(f -> f.mean().compareTo(ranked.get(0).mean()) == 0)
                .map(FactorRisk::factor)
                .toList();
        List<MunicipalityRisk> matrix = riskByMunicipality.entrySet().stream()
                .map(e -> municipalityRisk(names.shown(e.getKey()), e.getValue(), order))
                .toList();
        return new RiskSection(order, ranked, greatest, matrix, smallGroupThreshold);
    }

    private MunicipalityRisk municipalityRisk(String municipality, Map<String, Distribution> byFactor, List<String> order) {
        int respondents = byFactor.values().stream().mapToInt(Distribution::n).max().orElse(0);
        boolean suppressed = respondents < smallGroupThreshold;
        List<BigDecimal> means = order.stream()
                .map(f -> suppressed || !byFactor.containsKey(f) ? null : byFactor.get(f).mean())
                .toList();
        return new MunicipalityRisk(municipality, respondents, means, suppressed);
    }

    /** The data basis alone, for tables read without a summary of their own (a network folder's files). */
    public DataBasis dataBasis(List<SourceFile> files) {
        List<SourceSummary> sources = files.stream().map(f -> {
            int[] counts = rowsByFile.getOrDefault(f.name(), new int[2]);
            return new SourceSummary(f.name(), f.sha256(), f.size(), counts[0] + counts[1], counts[0], counts[1],
                    rejectedFiles.contains(f.name()));
        }).toList();
        int used = sources.stream().mapToInt(SourceSummary::rowsUsed).sum();
        int rejected = sources.stream().mapToInt(SourceSummary::rowsRejected).sum();
        return new DataBasis(sources, used + rejected, used, rejected, deviationCount, rejectedFiles.size());
    }

    /** The three columns of the evaluation table for one parameter. */
    private static final class ParameterGroups {
        private final StatementGroups workedWell;
        private final StatementGroups why;
        private final StatementGroups improvements;

        ParameterGroups(StatementGroups.Registry registry) {
            workedWell = new StatementGroups(registry);
            why = new StatementGroups(registry);
            improvements = new StatementGroups(registry);
        }
    }
}
