package no.samanom.samlingsrapport.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.lowagie.text.Element;

import no.samanom.samlingsrapport.input.IndicatorBands.Band;
import no.samanom.samlingsrapport.report.NetworkSummary.IndicatorSeries;
import no.samanom.samlingsrapport.report.NetworkSummary.IndicatorTrend;
import no.samanom.samlingsrapport.report.NetworkSummary.MunicipalityAnchoring;
import no.samanom.samlingsrapport.report.NetworkSummary.Point;
import no.samanom.samlingsrapport.report.NetworkSummary.StageAt;
import no.samanom.samlingsrapport.report.ReportText;

/**
 * The development report's sections on where each municipality has got to, drawn from the
 * network's own records rather than from the gatherings: the anchoring ladder, and the result
 * indicators against their targets.
 */
final class MunicipalityProgressSections {

    private static final float CHART_HEIGHT = 170;

    private final ReportPage page;
    private final TaggedPdf pdf;
    private final ReportText text;
    private final PdfFonts fonts;

    MunicipalityProgressSections(ReportPage page, TaggedPdf pdf, ReportText text, PdfFonts fonts) {
        this.page = page;
        this.pdf = pdf;
        this.text = text;
        this.fonts = fonts;
    }

    void anchoring(List<MunicipalityAnchoring> anchoring) throws IOException {
        if (!page.section("network.anchoring", anchoring.isEmpty(), "none.anchoring")) {
            return;
        }
        pdf.paragraph(text.get("network.anchoring.intro"), page.body);
        String now = anchoring.stream().map(a -> a.municipality() + " " + text.stage(a.current().stage()))
                .collect(Collectors.joining(", "));
        pdf.figure(NetworkCharts.ladder(anchoring, text, fonts.chartFont(9)), pdf.width(), 250,
                text.get("network.anchoring.alt", now));
        List<List<Cell>> rows = new ArrayList<>();
        for (MunicipalityAnchoring a : anchoring) {
            List<Block> history = new ArrayList<>();
            for (StageAt stage : a.history()) {
                history.add(Block.item(text.date(stage.date()) + ": " + text.stage(stage.stage())
                        + (stage.comment() != null ? " – " + stage.comment() : ""), page.body));
            }
            rows.add(List.of(Cell.of(a.municipality(), page.bold), Cell.of(text.stage(a.current().stage()), page.bold),
                    new Cell(history, null, Element.ALIGN_LEFT)));
        }
        pdf.table(new float[]{1.2f, 1.6f, 5}, List.of(page.headerCell(text.get("col.municipality")),
                page.headerCell(text.get("col.now")), page.headerCell(text.get("col.history"))), rows);
    }

    void indicators(List<IndicatorTrend> indicators) throws IOException {
        if (!page.section("network.indicators", indicators.isEmpty(), "none.indicators")) {
            return;
        }
        pdf.paragraph(text.get("network.indicators.intro"), page.body);
        for (IndicatorTrend trend : indicators) {
            pdf.ensure(CHART_HEIGHT + 100); // the heading, its chart and the table's first row together
            page.subheading(trend.indicator());
            if (trend.scale() != null) {
                pdf.paragraph(text.get("network.indicator.scale", trend.scale()), page.body);
            }
            String bands = bands(trend);
            if (!bands.isEmpty()) {
                pdf.paragraph(bands, page.body);
            }
            String targets = trend.series().stream().map(s -> s.municipality() + " " + s.values().stream()
                    .map(p -> text.date(p.date()) + " " + text.number(p.value())).collect(Collectors.joining(", "))
                    + (s.targets().isEmpty() ? "" : "; " + text.get("network.target").toLowerCase(text.language().locale())
                    + " " + s.targets().stream().map(p -> text.date(p.date()) + " " + text.number(p.value()))
                    .collect(Collectors.joining(", ")))).collect(Collectors.joining(". "));
            pdf.figure(NetworkCharts.indicator(trend, text, fonts.chartFont(9)), pdf.width() * 0.75f, CHART_HEIGHT,
                    (text.get("network.indicator.alt", trend.indicator(), targets) + " " + bands).strip());
            List<List<Cell>> rows = new ArrayList<>();
            for (IndicatorSeries s : trend.series()) {
                var status = s.status();
                var latest = s.latest();
                rows.add(List.of(Cell.of(s.municipality(), page.bold),
                        page.number(latest == null ? "" : value(latest, s.band()) + " (" + text.date(latest.date()) + ")"),
                        page.number(status == null ? "" : text.number(status.target().value()) + " ("
                                + text.date(status.target().date()) + ")"),
                        page.number(status == null ? "" : text.number(status.gap())),
                        Cell.of(status == null ? text.get("status.none")
                                : text.get(status.reached() ? "status.reached" : "status.notReached"), page.body),
                        Cell.of(String.join(", ", s.sources()), page.body)));
            }
            pdf.table(new float[]{1.3f, 1.8f, 1.8f, 1, 1, 2}, List.of(page.headerCell(text.get("col.municipality")),
                    page.numberHeader(text.get("col.value")), page.numberHeader(text.get("col.target")),
                    page.numberHeader(text.get("col.gap")), page.headerCell(text.get("col.status")),
                    page.headerCell(text.get("col.source"))), rows);
        }
    }

    /** "78,5 — Godt omdømme": the value and what it means, when the indicator has bands. */
    private String value(Point latest, Band band) {
        String value = text.number(latest.value());
        return band == null ? value : text.get("network.indicator.valueBand", value, band.label(text.language()));
    }

    /** "Bånd (Reputation Institute, RepTrak): fra 0 Dårlig omdømme, fra 40 …", or empty without bands. */
    private String bands(IndicatorTrend trend) {
        if (trend.bands().isEmpty()) {
            return "";
        }
        String bands = trend.bands().stream()
                .map(b -> text.get("network.indicator.band", text.number(b.from()), b.label(text.language())))
                .collect(Collectors.joining(", "));
        return trend.bandSource() == null ? text.get("network.indicator.bands", bands)
                : text.get("network.indicator.bands.source", bands, trend.bandSource());
    }
}
