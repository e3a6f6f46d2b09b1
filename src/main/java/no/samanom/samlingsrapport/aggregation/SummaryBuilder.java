package no.samanom.samlingsrapport.aggregation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
import no.samanom.samlingsrapport.input.DataRow.ProgrammeRow;
import no.samanom.samlingsrapport.input.DataRow.ProjectStatusRow;
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
import no.samanom.samlingsrapport.report.GatheringSummary.EvaluationSection;
import no.samanom.samlingsrapport.report.GatheringSummary.ExpectationSection;
import no.samanom.samlingsrapport.report.GatheringSummary.FactorRisk;
import no.samanom.samlingsrapport.report.GatheringSummary.GatheringInfo;
import no.samanom.samlingsrapport.report.GatheringSummary.MunicipalityExpectations;
import no.samanom.samlingsrapport.report.GatheringSummary.MunicipalityRisk;
import no.samanom.samlingsrapport.report.GatheringSummary.NextGathering;
import no.samanom.samlingsrapport.report.GatheringSummary.ParameterFeedback;
import no.samanom.samlingsrapport.report.GatheringSummary.ProgrammeItem;
import no.samanom.samlingsrapport.report.GatheringSummary.ProgrammeSection;
import no.samanom.samlingsrapport.report.GatheringSummary.RiskSection;
import no.samanom.samlingsrapport.report.GatheringSummary.ThemeCount;
import no.samanom.samlingsrapport.report.RespondentScore;

/**
 * Builds a gathering's summary in one pass over its normalised rows, in bounded memory:
 * per statement group and per named respondent, never per row. Findings that need the
 * whole gathering (a respondent's differing scores, a field given twice, programme items
 * out of order or overlapping) become deviations.
 */
public final class SummaryBuilder {

    private final RiskFactors factors;
    private final int smallGroupThreshold;
    private final int statementsPerCell;
    private final Municipalities municipalities;
    private final NameTally names = new NameTally();
    private final List<Deviation> lateDeviations = new ArrayList<>();

    private final GatheringFacts facts = new GatheringFacts(this::late);
    private final ProgrammeTally programme = new ProgrammeTally(this::late);
    private final ProjectPresentations projects = new ProjectPresentations(this::late);

    private final StatementGroups.Registry registry = new StatementGroups.Registry();
    private final Map<String, StatementGroups> expectations = new LinkedHashMap<>();
    private final Map<String, Set<String>> themeMunicipalities = new LinkedHashMap<>();
    private final Map<String, String> themeNames = new HashMap<>();

    private final Map<String, ParameterGroups> parameters = new LinkedHashMap<>();
    private final RespondentScores respondents = new RespondentScores(this::late);

    private final Map<String, Distribution> riskByFactor = new LinkedHashMap<>();
    private final Map<String, Map<String, Distribution>> riskByMunicipality = new LinkedHashMap<>();

    private final DataBasisTally basis = new DataBasisTally();
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
        basis.row(row.origin());
        if (row instanceof MetaRow m) {
            facts.add(m);
        } else if (row instanceof ExpectationRow e) {
            addExpectation(e);
        } else if (row instanceof EvaluationRow e) {
            addEvaluation(e);
        } else if (row instanceof RiskRow r) {
            addRisk(r);
        } else if (row instanceof ProgrammeRow p) {
            programme.add(p);
        } else if (row instanceof ProjectStatusRow p) {
            projects.add(names.add(p.municipality(), p.origin()), p);
        } else if (firstNetworkRow == null && (row instanceof AnchoringRow || row instanceof IndicatorRow)) {
            firstNetworkRow = row.origin(); // the network's development report reads these rows from staging
        }
    }

    /** Every deviation found before aggregation, so that the data basis can count them. */
    public void addDeviation(Deviation deviation) {
        basis.deviation(deviation);
    }

    /** Deviations only the whole gathering reveals; the caller lists them with the others. */
    public List<Deviation> lateDeviations() {
        return List.copyOf(lateDeviations);
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
        int respondent = respondents.add(row);
        if (row.parameter() != null) {
            ParameterGroups groups = parameters.computeIfAbsent(row.parameter().strip(), p -> new ParameterGroups(registry));
            row.workedWell().forEach(s -> groups.workedWell.add(s, respondent));
            row.why().forEach(s -> groups.why.add(s, respondent));
            row.improvements().forEach(s -> groups.improvements.add(s, respondent));
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
        basis.lateDeviation();
    }

    /**
     * Every respondent's settled score, named respondents in order of appearance, then the
     * anonymous ones: the rows behind the die-score figures. Call after the last row.
     */
    public void respondentScores(Consumer<RespondentScore> sink) {
        respondents.forEach(sink);
    }

    public GatheringSummary build(String id, List<SourceFile> files) {
        if (firstNetworkRow != null && !facts.has(MetaField.NETTVERK)) {
            late(Deviation.at(firstNetworkRow, "", "", "Samlingen har forankring eller resultater, men ikke noe nettverk "
                    + "i tabellen samling; radene kommer ikke med i noen utviklingsrapport før feltet nettverk er fylt ut",
                    Consequence.NOTE));
        }
        unknownMunicipalities();
        GatheringInfo info = facts.info(id);
        ProgrammeSection timetable = programme.build(info.from(), info.to());
        NextGathering next = facts.next(info);
        // the data basis last, so that it counts every deviation found above
        return new GatheringSummary(info, timetable, expectationSection(), projects.build(timetable, names::shown),
                evaluationSection(timetable), respondents.dieScoreSection(), riskSection(), next, dataBasis(files),
                statementsPerCell);
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

    /** Each parameter with the programme items it names, when its title is one of theirs. */
    private EvaluationSection evaluationSection(ProgrammeSection timetable) {
        Map<String, List<ProgrammeItem>> items = ProgrammeTally.byTitle(timetable);
        List<ParameterFeedback> feedback = parameters.entrySet().stream()
                .map(e -> new ParameterFeedback(e.getKey(), e.getValue().workedWell.ranked(),
                        e.getValue().why.ranked(), e.getValue().improvements.ranked(),
                        items.getOrDefault(ProgrammeTally.titleKey(e.getKey()), List.of())))
                .toList();
        return new EvaluationSection(respondents.respondents(), feedback);
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
        return basis.dataBasis(files);
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
