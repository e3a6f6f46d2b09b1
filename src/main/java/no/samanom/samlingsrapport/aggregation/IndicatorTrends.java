package no.samanom.samlingsrapport.aggregation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.samanom.samlingsrapport.input.DataRow;
import no.samanom.samlingsrapport.input.DataRow.IndicatorRow;
import no.samanom.samlingsrapport.input.IndicatorBands;
import no.samanom.samlingsrapport.input.IndicatorBands.Band;
import no.samanom.samlingsrapport.input.Municipalities;
import no.samanom.samlingsrapport.input.Names;
import no.samanom.samlingsrapport.input.Values;
import no.samanom.samlingsrapport.report.NetworkSummary.IndicatorSeries;
import no.samanom.samlingsrapport.report.NetworkSummary.IndicatorTrend;
import no.samanom.samlingsrapport.report.NetworkSummary.Point;
import no.samanom.samlingsrapport.report.NetworkSummary.Status;

/**
 * The result indicators of a network: per indicator its scale, and per municipality the series
 * of measurements and targets with the latest measurement's status against its target.
 */
final class IndicatorTrends {

    /** "0-100", "1–6": a scale whose ends the chart can show. */
    private static final Pattern SCALE = Pattern.compile("(-?\\d+(?:[.,]\\d+)?)\\s*[-–]\\s*(-?\\d+(?:[.,]\\d+)?)");

    private IndicatorTrends() {
    }

    /**
     * Indicators in order of first appearance, each with its municipalities' series in Norwegian order
     * and the bands that say what its values mean.
     */
    static List<IndicatorTrend> of(List<DataRow> rows, IndicatorBands bands) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> scales = new LinkedHashMap<>();
        Map<String, Map<String, List<IndicatorRow>>> grouped = new LinkedHashMap<>();
        for (DataRow row : rows) {
            if (row instanceof IndicatorRow i) {
                String indicator = Names.key(i.indicator());
                names.putIfAbsent(indicator, i.indicator());
                if (i.scale() != null) {
                    scales.putIfAbsent(indicator, i.scale());
                }
                grouped.computeIfAbsent(indicator, k -> new LinkedHashMap<>())
                        .computeIfAbsent(Municipalities.key(i.municipality()), k -> new ArrayList<>()).add(i);
            }
        }
        return grouped.entrySet().stream().map(e -> {
            String scale = scales.get(e.getKey());
            Matcher ends = scale == null ? null : SCALE.matcher(scale.strip());
            boolean range = ends != null && ends.matches();
            String indicator = names.get(e.getKey());
            List<Band> meaning = bands.of(indicator);
            return new IndicatorTrend(indicator, scale,
                    range ? Values.decimal(ends.group(1)).orElseThrow() : null,
                    range ? Values.decimal(ends.group(2)).orElseThrow() : null,
                    e.getValue().values().stream().map(series -> series(series, meaning))
                            .sorted(Comparator.comparing(IndicatorSeries::municipality, NetworkSummaryBuilder.NORWEGIAN))
                            .toList(), meaning, bands.source(indicator).orElse(null));
        }).toList();
    }

    /** Measurements and targets by date; a later row for the same date replaces an earlier one. */
    private static IndicatorSeries series(List<IndicatorRow> rows, List<Band> bands) {
        Map<LocalDate, BigDecimal> values = new TreeMap<>();
        Map<LocalDate, BigDecimal> targets = new TreeMap<>();
        LinkedHashSet<String> sources = new LinkedHashSet<>();
        for (IndicatorRow row : rows) {
            if (row.value() != null) {
                values.put(row.date(), row.value());
            }
            if (row.target() != null) {
                targets.put(row.date(), row.target());
            }
            if (row.source() != null) {
                sources.add(row.source());
            }
        }
        List<Point> measured = points(values);
        List<Point> wanted = points(targets);
        Point latest = measured.isEmpty() ? null : measured.get(measured.size() - 1);
        return new IndicatorSeries(rows.get(0).municipality(), measured, wanted, latest,
                latest == null ? null : IndicatorBands.of(bands, latest.value()).orElse(null), status(measured, wanted),
                List.copyOf(sources));
    }

    private static List<Point> points(Map<LocalDate, BigDecimal> byDate) {
        return byDate.entrySet().stream().map(e -> new Point(e.getKey(), e.getValue())).toList();
    }

    private static Status status(List<Point> values, List<Point> targets) {
        if (values.isEmpty() || targets.isEmpty()) {
            return null;
        }
        Point latest = values.get(values.size() - 1);
        Point target = targets.stream().filter(t -> !t.date().isBefore(latest.date())).findFirst()
                .orElse(targets.get(targets.size() - 1));
        BigDecimal gap = latest.value().subtract(target.value());
        return new Status(latest, target, gap, gap.signum() >= 0);
    }
}
