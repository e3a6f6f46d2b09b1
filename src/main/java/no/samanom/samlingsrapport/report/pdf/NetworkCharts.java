package no.samanom.samlingsrapport.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardXYItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import no.samanom.samlingsrapport.input.Anchoring;
import no.samanom.samlingsrapport.input.IndicatorBands.Band;
import no.samanom.samlingsrapport.report.NetworkSummary.IndicatorSeries;
import no.samanom.samlingsrapport.report.NetworkSummary.IndicatorTrend;
import no.samanom.samlingsrapport.report.NetworkSummary.Member;
import no.samanom.samlingsrapport.report.NetworkSummary.MunicipalityAnchoring;
import no.samanom.samlingsrapport.report.NetworkSummary.Point;
import no.samanom.samlingsrapport.report.NetworkSummary.StageAt;
import no.samanom.samlingsrapport.report.Profile;
import no.samanom.samlingsrapport.report.ReportText;

/**
 * The development report's charts, from its summary alone, in the style of {@link Charts}: the
 * die score per gathering, the anchoring ladder and each result indicator with its targets.
 * Series differ by shape as well as colour, so that they read in black and white.
 */
final class NetworkCharts {

    /** A colour-blind-safe palette (Okabe and Ito), darkened where white paper needs it. */
    private static final Color[] SERIES = {new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00),
            new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9),
            new Color(0xB8, 0x8A, 0x00), new Color(0x33, 0x33, 0x33)};
    private static final Color[] BANDS = {new Color(0xF3, 0xF6, 0xFA), new Color(0xE6, 0xEE, 0xF6),
            new Color(0xD6, 0xE3, 0xF0)};

    private static final int LABELLED_POINTS = 12;

    private NetworkCharts() {
    }

    /** Mean die score per gathering as a line on the 1-6 scale, each point labelled with its n. */
    /** @param scored the gatherings with die scores, one point each */
    static JFreeChart dieScores(List<Member> scored, ReportText text, Profile profile, Font font) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Member member : scored) {
            data.addValue(member.mean(), "snitt", text.gathering(member.info()));
        }
        CategoryPlot plot = Charts.plot(data, PlotOrientation.VERTICAL, font, null, text.get("network.dieScore.axis"));
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1f);
        NumberAxis scale = (NumberAxis) plot.getRangeAxis();
        scale.setRange(1, 6.4);
        scale.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, profile.accent());
        line.setSeriesStroke(0, new BasicStroke(2f));
        line.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        line.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                Member member = scored.get(column);
                return text.get("network.dieScore.point", text.decimal(member.mean()), member.scored());
            }
        });
        // past a dozen gatherings the labels would overwrite each other; the table below has every figure
        boolean labelled = scored.size() <= LABELLED_POINTS;
        line.setDefaultItemLabelsVisible(labelled);
        plot.getDomainAxis().setTickLabelsVisible(labelled);
        line.setDefaultItemLabelFont(font);
        line.setDefaultItemLabelPaint(Charts.INK);
        line.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        line.setItemLabelAnchorOffset(6);
        plot.setRenderer(line);
        return Charts.chart(plot);
    }

    /**
     * The seed's ladder: the six steps up the side, grouped in the three phases as shaded bands,
     * time along the bottom, one line per municipality. Municipalities on the same step are drawn
     * a hair apart so that none hides another; the table beside the chart has the exact stages.
     */
    static JFreeChart ladder(List<MunicipalityAnchoring> municipalities, ReportText text, Font font) {
        XYSeriesCollection data = new XYSeriesCollection();
        int n = municipalities.size();
        for (int i = 0; i < n; i++) {
            MunicipalityAnchoring m = municipalities.get(i);
            XYSeries series = new XYSeries(m.municipality(), false, true);
            double offset = n < 2 ? 0 : (i - (n - 1) / 2.0) * Math.min(0.08, 0.5 / n);
            for (StageAt stage : m.history()) {
                series.add(millis(stage.date()), stage.stage().level() - 1 + offset); // the symbol axis counts from 0
            }
            data.addSeries(series);
        }
        String[] steps = Arrays.stream(Anchoring.Step.values()).map(s -> text.get("step." + s.name()))
                .toArray(String[]::new);
        SymbolAxis rungs = new SymbolAxis(text.get("network.anchoring.axis"), steps);
        rungs.setRange(-0.5, steps.length - 0.5);
        rungs.setGridBandsVisible(false);
        rungs.setTickLabelFont(font);
        rungs.setLabelFont(font);
        DateAxis time = dateAxis(font, text);
        time.setUpperMargin(0.2);
        XYPlot plot = new XYPlot(data, time, rungs, renderer(n, true));
        for (Anchoring.Phase phase : Anchoring.Phase.values()) {
            IntervalMarker band = new IntervalMarker(phase.ordinal() * 2 - 0.5, phase.ordinal() * 2 + 1.5,
                    BANDS[phase.ordinal()]);
            band.setLabel(text.get("phase." + phase.name()));
            band.setLabelFont(font.deriveFont(Font.BOLD));
            band.setLabelPaint(Charts.INK);
            band.setLabelAnchor(RectangleAnchor.RIGHT); // in the room the date axis leaves after the last point
            band.setLabelTextAnchor(TextAnchor.CENTER_RIGHT);
            band.setLabelOffset(new RectangleInsets(0, 0, 0, 6));
            plot.addRangeMarker(band, Layer.BACKGROUND);
        }
        return withLegend(plot, font);
    }

    /**
     * One indicator: a line per municipality through its measurements, and its targets as
     * diamonds of the same colour, each labelled with its value.
     */
    static JFreeChart indicator(IndicatorTrend trend, ReportText text, Font font) {
        XYSeriesCollection data = new XYSeriesCollection();
        int n = trend.series().size();
        for (IndicatorSeries s : trend.series()) {
            data.addSeries(series(s.municipality(), s.values()));
        }
        for (IndicatorSeries s : trend.series()) {
            data.addSeries(series(text.get("network.target") + " " + s.municipality(), s.targets()));
        }
        XYLineAndShapeRenderer renderer = renderer(n, false);
        DecimalFormat number = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(text.language().locale()));
        renderer.setDefaultItemLabelGenerator(new StandardXYItemLabelGenerator("{2}", number, number));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(font);
        renderer.setDefaultItemLabelPaint(Charts.INK);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        for (int i = 0; i < n; i++) {
            // a target's value below its diamond, so that a measurement and a target of one date both read
            renderer.setSeriesPositiveItemLabelPosition(n + i,
                    new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
        }
        NumberAxis values = new NumberAxis(trend.indicator());
        values.setTickLabelFont(font);
        values.setLabelFont(font);
        values.setAutoRangeIncludesZero(false);
        values.setUpperMargin(0.2);
        if (trend.scaleLow() != null && trend.scaleHigh().compareTo(trend.scaleLow()) > 0) {
            // the whole scale, so that a small step does not look like a leap
            double low = trend.scaleLow().doubleValue();
            double high = trend.scaleHigh().doubleValue();
            values.setRange(low, high + (high - low) * 0.08);
        }
        values.setNumberFormatOverride(number);
        DateAxis time = dateAxis(font, text);
        XYPlot plot = new XYPlot(data, time, values, renderer);
        if (!trend.bands().isEmpty()) {
            time.setUpperMargin(0.25); // room for the bands' names after the last point
            bands(plot, trend, text, font);
        }
        return withLegend(plot, font);
    }

    /**
     * The indicator's bands behind its lines, each from its lower bound to the next one's, in the
     * band's colour and named at the right, as the ladder's phases are.
     */
    private static void bands(XYPlot plot, IndicatorTrend trend, ReportText text, Font font) {
        List<Band> bands = trend.bands();
        double top = trend.series().stream().flatMap(s -> Stream.concat(s.values().stream(), s.targets().stream()))
                .mapToDouble(p -> p.value().doubleValue()).max().orElse(0);
        if (trend.scaleHigh() != null) {
            top = Math.max(top, trend.scaleHigh().doubleValue());
        }
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            double from = band.from().doubleValue();
            double to = i + 1 < bands.size() ? bands.get(i + 1).from().doubleValue() : Math.max(top, from) * 1.1 + 1;
            IntervalMarker marker = new IntervalMarker(from, to, Color.decode(band.colour()));
            marker.setAlpha(0.7f);
            marker.setLabel(band.label(text.language()));
            marker.setLabelFont(font.deriveFont(font.getSize2D() - 1));
            marker.setLabelPaint(Charts.INK);
            marker.setLabelBackgroundColor(new Color(0, 0, 0, 0)); // the band's own colour is the label's ground
            marker.setLabelAnchor(RectangleAnchor.RIGHT);
            marker.setLabelTextAnchor(TextAnchor.CENTER_RIGHT);
            marker.setLabelOffset(new RectangleInsets(0, 0, 0, 6));
            plot.addRangeMarker(marker, Layer.BACKGROUND);
        }
    }

    private static XYSeries series(String key, List<Point> points) {
        XYSeries series = new XYSeries(key, false, true);
        for (Point point : points) {
            series.add(millis(point.date()), point.value());
        }
        return series;
    }

    /**
     * Lines with a shape per point; with {@code lines} false for the series after the first
     * {@code n}, those (the targets) are diamonds alone in the colour of their municipality.
     */
    private static XYLineAndShapeRenderer renderer(int n, boolean allLines) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        Shape[] shapes = {new Ellipse2D.Double(-4, -4, 8, 8), square(), triangle(), new Ellipse2D.Double(-3, -3, 6, 6)};
        for (int i = 0; i < n; i++) {
            renderer.setSeriesPaint(i, SERIES[i % SERIES.length]);
            renderer.setSeriesStroke(i, new BasicStroke(1.8f));
            renderer.setSeriesShape(i, shapes[i % shapes.length]);
            if (!allLines) {
                renderer.setSeriesPaint(n + i, SERIES[i % SERIES.length]);
                renderer.setSeriesLinesVisible(n + i, false);
                renderer.setSeriesShape(n + i, diamond());
            }
        }
        return renderer;
    }

    private static DateAxis dateAxis(Font font, ReportText text) {
        DateAxis axis = new DateAxis();
        SimpleDateFormat format = new SimpleDateFormat("MMM yyyy", text.language().locale());
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        axis.setDateFormatOverride(format);
        axis.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        axis.setTickLabelFont(font);
        axis.setLowerMargin(0.08);
        axis.setUpperMargin(0.12);
        return axis;
    }

    private static JFreeChart withLegend(XYPlot plot, Font font) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(Charts.GRID);
        plot.setDomainGridlinePaint(Charts.GRID);
        plot.setInsets(new RectangleInsets(4, 4, 4, 12));
        JFreeChart chart = Charts.chart(plot);
        LegendTitle legend = new LegendTitle(plot);
        legend.setItemFont(font);
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.addLegend(legend);
        return chart;
    }

    private static double millis(LocalDate date) {
        return Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)).getTime();
    }

    private static Shape diamond() {
        Path2D.Double shape = new Path2D.Double();
        shape.moveTo(0, -6);
        shape.lineTo(6, 0);
        shape.lineTo(0, 6);
        shape.lineTo(-6, 0);
        shape.closePath();
        return shape;
    }

    private static Shape square() {
        return new java.awt.geom.Rectangle2D.Double(-3.5, -3.5, 7, 7);
    }

    private static Shape triangle() {
        Path2D.Double shape = new Path2D.Double();
        shape.moveTo(0, -5);
        shape.lineTo(5, 4);
        shape.lineTo(-5, 4);
        shape.closePath();
        return shape;
    }
}
