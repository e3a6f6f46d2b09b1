package no.samanom.samlingsrapport.aggregation;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import no.samanom.samlingsrapport.input.Anchoring;
import no.samanom.samlingsrapport.input.DataRow;
import no.samanom.samlingsrapport.input.DataRow.AnchoringRow;
import no.samanom.samlingsrapport.input.IndicatorBands;
import no.samanom.samlingsrapport.input.Municipalities;
import no.samanom.samlingsrapport.report.NetworkSummary.Basis;
import no.samanom.samlingsrapport.report.NetworkSummary.ExpectationsOverTime;
import no.samanom.samlingsrapport.report.NetworkSummary.FactorChange;
import no.samanom.samlingsrapport.report.NetworkSummary.Glance;
import no.samanom.samlingsrapport.report.NetworkSummary.IndicatorSeries;
import no.samanom.samlingsrapport.report.NetworkSummary.IndicatorTrend;
import no.samanom.samlingsrapport.report.NetworkSummary.Member;
import no.samanom.samlingsrapport.report.NetworkSummary.MunicipalityAnchoring;
import no.samanom.samlingsrapport.report.NetworkSummary.MunicipalityChange;
import no.samanom.samlingsrapport.report.NetworkSummary.Occurrence;
import no.samanom.samlingsrapport.report.NetworkSummary.Recurring;
import no.samanom.samlingsrapport.report.NetworkSummary.RiskTrend;
import no.samanom.samlingsrapport.report.NetworkSummary.StageAt;
import no.samanom.samlingsrapport.report.NetworkSummary.Status;
import no.samanom.samlingsrapport.report.GatheringSummary;
import no.samanom.samlingsrapport.report.GatheringSummary.DataBasis;
import no.samanom.samlingsrapport.report.GatheringSummary.FactorRisk;
import no.samanom.samlingsrapport.report.GatheringSummary.MunicipalityExpectations;
import no.samanom.samlingsrapport.report.GatheringSummary.MunicipalityRisk;
import no.samanom.samlingsrapport.report.GatheringSummary.ParameterFeedback;
import no.samanom.samlingsrapport.report.GatheringSummary.RiskSection;
import no.samanom.samlingsrapport.report.GatheringSummary.Statement;
import no.samanom.samlingsrapport.report.NetworkSummary;

/**
 * Builds a network's development report from its gatherings' summaries, their anchoring and
 * result rows, and the network folder's own rows. Gatherings are compared by what their
 * summaries already say, so a figure here is the figure in the gathering's own report.
 */
public final class NetworkSummaryBuilder {

    /** Municipalities are listed in Norwegian alphabetical order, here and in the indicators' series. */
    static final Comparator<String> NORWEGIAN = Collator.getInstance(Locale.forLanguageTag("nb-NO"))::compare;

    /**
     * One gathering's latest version.
     *
     * @param rows its anchoring and result rows
     */
    public record Version(GatheringSummary summary, String fingerprint, List<DataRow> rows) {
    }

    private final String key;
    private final String folderName;
    private final int statementsPerCell;
    private final IndicatorBands bands;

    /**
     * @param folderName        the network folder's name, the report's title when no gathering names the network
     * @param statementsPerCell at most this many statements in a table cell (the profile's rule)
     * @param bands             what the result indicators' values mean
     */
    public NetworkSummaryBuilder(String key, String folderName, int statementsPerCell, IndicatorBands bands) {
        this.key = key;
        this.folderName = folderName;
        this.statementsPerCell = statementsPerCell;
        this.bands = bands;
    }

    /**
     * @param folderRows  the network folder's anchoring and result rows
     * @param folderBasis how the network folder's rows were used, or null without a network folder
     */
    public NetworkSummary build(List<Version> versions, List<DataRow> folderRows, DataBasis folderBasis) {
        List<Version> ordered = versions.stream().sorted(Comparator
                .comparing((Version v) -> v.summary().info().from(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(v -> v.summary().info().number(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(v -> v.summary().info().id())).toList();
        List<GatheringSummary> summaries = ordered.stream().map(Version::summary).toList();
        List<DataRow> rows = new ArrayList<>();
        ordered.forEach(v -> rows.addAll(v.rows()));
        rows.addAll(folderRows);
        GatheringSummary latest = summaries.isEmpty() ? null : summaries.get(summaries.size() - 1);
        List<Member> members = ordered.stream().map(v -> new Member(v.summary().info(), v.fingerprint(),
                v.summary().evaluation().respondents(), v.summary().dieScore().respondents(),
                v.summary().dieScore().mean())).toList();
        long anchoringRows = rows.stream().filter(AnchoringRow.class::isInstance).count();
        List<MunicipalityAnchoring> anchoring = anchoring(rows);
        List<IndicatorTrend> indicators = IndicatorTrends.of(rows, bands);
        return new NetworkSummary(key, latest != null && latest.info().network() != null ? latest.info().network() : folderName,
                latest != null ? latest.info().language() : null, members, recurring(summaries), risk(summaries),
                anchoring, indicators, expectations(summaries), glance(members, summaries, anchoring, indicators),
                new Basis(folderBasis, (int) anchoringRows, (int) (rows.size() - anchoringRows)), statementsPerCell);
    }

    private static Glance glance(List<Member> members, List<GatheringSummary> summaries,
                                 List<MunicipalityAnchoring> anchoring, List<IndicatorTrend> indicators) {
        List<BigDecimal> means = members.stream().map(Member::mean).filter(Objects::nonNull).toList();
        BigDecimal first = means.isEmpty() ? null : means.get(0);
        BigDecimal last = means.isEmpty() ? null : means.get(means.size() - 1);
        List<String> greatest = summaries.stream().filter(s -> !s.risk().isEmpty())
                .reduce((a, b) -> b).map(s -> s.risk().greatest()).orElse(List.of());
        List<Integer> phases = Arrays.stream(Anchoring.Phase.values())
                .map(p -> (int) anchoring.stream().filter(a -> a.current().stage().phase() == p).count()).toList();
        List<Status> statuses = indicators.stream().flatMap(i -> i.series().stream())
                .map(IndicatorSeries::status).filter(Objects::nonNull).toList();
        return new Glance(first, last, means.size() > 1 ? last.subtract(first) : null, greatest, phases,
                (int) statuses.stream().filter(Status::reached).count(), statuses.size());
    }

    /** Improvement points made at two or more gatherings: most gatherings first, then most often said. */
    private static List<Recurring> recurring(List<GatheringSummary> summaries) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Map<String, Occurrence>> byKey = new LinkedHashMap<>();
        for (GatheringSummary summary : summaries) {
            int respondents = summary.evaluation().respondents();
            for (ParameterFeedback parameter : summary.evaluation().parameters()) {
                for (Statement statement : parameter.improvements()) {
                    String groupKey = StatementGroups.key(statement.text());
                    texts.putIfAbsent(groupKey, statement.text());
                    // said under two parameters by the same people counts once: the larger count stands
                    byKey.computeIfAbsent(groupKey, k -> new LinkedHashMap<>()).merge(summary.info().id(),
                            new Occurrence(summary.info().id(), statement.count(), respondents),
                            (a, b) -> a.count() >= b.count() ? a : b);
                }
            }
        }
        return byKey.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> new Recurring(texts.get(e.getKey()), List.copyOf(e.getValue().values())))
                .sorted(Comparator.comparingInt((Recurring r) -> -r.occurrences().size())
                        .thenComparingInt(r -> -r.occurrences().stream().mapToInt(Occurrence::count).sum()))
                .toList();
    }

    private static RiskTrend risk(List<GatheringSummary> summaries) {
        List<GatheringSummary> rated = summaries.stream().filter(s -> !s.risk().isEmpty()).toList();
        if (rated.isEmpty()) {
            return new RiskTrend(null, null, List.of(), List.of(), 0);
        }
        RiskSection first = rated.get(0).risk();
        RiskSection latest = rated.get(rated.size() - 1).risk();
        boolean compared = rated.size() > 1;
        List<String> factors = new ArrayList<>(latest.factors());
        first.factors().stream().filter(f -> !factors.contains(f)).forEach(factors::add);
        List<FactorChange> overall = factors.stream()
                .map(f -> change(f, compared ? mean(first.ranked(), f) : null, mean(latest.ranked(), f)))
                .filter(c -> c.first() != null || c.latest() != null)
                .toList();
        Map<String, MunicipalityRisk> firstRows = byMunicipality(compared ? first : null);
        Map<String, MunicipalityRisk> latestRows = byMunicipality(latest);
        LinkedHashSet<String> municipalities = new LinkedHashSet<>(latestRows.keySet());
        municipalities.addAll(firstRows.keySet());
        List<MunicipalityChange> changes = new ArrayList<>();
        for (String municipality : municipalities) {
            MunicipalityRisk before = firstRows.get(municipality);
            MunicipalityRisk now = latestRows.get(municipality);
            boolean suppressed = before != null && before.suppressed() || now != null && now.suppressed();
            List<FactorChange> cells = overall.stream().map(f -> suppressed ? change(f.factor(), null, null)
                    : change(f.factor(), mean(first, before, f.factor()), mean(latest, now, f.factor()))).toList();
            changes.add(new MunicipalityChange(now != null ? now.municipality() : before.municipality(), cells, suppressed));
        }
        return new RiskTrend(rated.get(0).info().id(), rated.get(rated.size() - 1).info().id(), overall, changes,
                latest.smallGroupThreshold());
    }

    private static FactorChange change(String factor, BigDecimal first, BigDecimal latest) {
        return new FactorChange(factor, first, latest, first != null && latest != null ? latest.subtract(first) : null);
    }

    private static BigDecimal mean(List<FactorRisk> ranked, String factor) {
        return ranked.stream().filter(f -> f.factor().equals(factor)).map(FactorRisk::mean).findFirst().orElse(null);
    }

    private static BigDecimal mean(RiskSection section, MunicipalityRisk row, String factor) {
        int index = section.factors().indexOf(factor);
        return row == null || index < 0 ? null : row.means().get(index);
    }

    private static Map<String, MunicipalityRisk> byMunicipality(RiskSection section) {
        Map<String, MunicipalityRisk> rows = new LinkedHashMap<>();
        if (section != null) {
            section.municipalities().forEach(m -> rows.putIfAbsent(Municipalities.key(m.municipality()), m));
        }
        return rows;
    }

    /** Each municipality's stages by date; the same stage on the same date from two files counts once. */
    private static List<MunicipalityAnchoring> anchoring(List<DataRow> rows) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<StageAt>> stages = new LinkedHashMap<>();
        for (DataRow row : rows) {
            if (row instanceof AnchoringRow a) {
                String municipality = Municipalities.key(a.municipality());
                names.putIfAbsent(municipality, a.municipality());
                List<StageAt> history = stages.computeIfAbsent(municipality, k -> new ArrayList<>());
                if (history.stream().noneMatch(s -> s.date().equals(a.date()) && s.stage().equals(a.stage()))) {
                    history.add(new StageAt(a.date(), a.stage(), a.comment()));
                }
            }
        }
        return stages.entrySet().stream()
                .map(e -> new MunicipalityAnchoring(names.get(e.getKey()), e.getValue().stream()
                        .sorted(Comparator.comparing(StageAt::date)).toList()))
                .sorted(Comparator.comparing(MunicipalityAnchoring::municipality, NORWEGIAN))
                .toList();
    }

    /** Every municipality that wrote expectations, with what it wrote at each gathering. */
    private static List<ExpectationsOverTime> expectations(List<GatheringSummary> summaries) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<List<Statement>>> byMunicipality = new LinkedHashMap<>();
        for (int g = 0; g < summaries.size(); g++) {
            for (MunicipalityExpectations m : summaries.get(g).expectations().municipalities()) {
                String municipality = Municipalities.key(m.municipality());
                names.putIfAbsent(municipality, m.municipality());
                List<List<Statement>> columns = byMunicipality.computeIfAbsent(municipality, k -> {
                    List<List<Statement>> empty = new ArrayList<>();
                    summaries.forEach(s -> empty.add(new ArrayList<>()));
                    return empty;
                });
                columns.get(g).addAll(m.expectations());
            }
        }
        return byMunicipality.entrySet().stream()
                .map(e -> new ExpectationsOverTime(names.get(e.getKey()),
                        e.getValue().stream().map(List::copyOf).toList()))
                .sorted(Comparator.comparing(ExpectationsOverTime::municipality, NORWEGIAN))
                .toList();
    }
}
