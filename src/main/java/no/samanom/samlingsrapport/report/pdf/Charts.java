package no.samanom.samlingsrapport.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import no.samanom.samlingsrapport.report.GatheringSummary.DieScoreSection;
import no.samanom.samlingsrapport.report.GatheringSummary.FactorRisk;
import no.samanom.samlingsrapport.report.GatheringSummary.RiskSection;
import no.samanom.samlingsrapport.report.Profile;
import no.samanom.samlingsrapport.report.ReportText;

/**
 * The report's charts, built from the summary alone. Plain and flat so that they read at a
 * glance and in black and white: every bar carries its value.
 */
final class Charts {

    static final Color GRID = new Color(0xD0, 0xD0, 0xD0);
    static final Color INK = new Color(0x33, 0x33, 0x33);

    private Charts() {
    }

    /** How many respondents gave 1, 2, ... 6. */
    static JFreeChart dieScores(DieScoreSection score, ReportText text, Profile profile, Font font) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int value = 1; value <= 6; value++) {
            data.addValue(score.distribution().get(value - 1), "n", Integer.toString(value));
        }
        CategoryPlot plot = plot(data, PlotOrientation.VERTICAL, font, text.get("dieScore.axis"), text.get("dieScore.count"));
        NumberAxis counts = (NumberAxis) plot.getRangeAxis();
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setUpperMargin(0.15);
        BarRenderer bars = bars(plot, font, new DecimalFormat("0"), profile.accent(), null, List.of());
        bars.setMaximumBarWidth(0.12);
        return chart(plot);
    }

    /** Mean per factor on the 1-10 scale, greatest first, the greatest in the highlight colour. */
    static JFreeChart risk(RiskSection risk, ReportText text, Profile profile, Font font) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (FactorRisk factor : risk.ranked()) {
            data.addValue(factor.mean(), "snitt", factor.factor());
        }
        String axis = text.get("risk.scaleLow") + "  ←  " + text.get("risk.axis") + "  →  " + text.get("risk.scaleHigh");
        CategoryPlot plot = plot(data, PlotOrientation.HORIZONTAL, font, null, axis);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        NumberAxis scale = (NumberAxis) plot.getRangeAxis();
        scale.setRange(0, 10.6);
        scale.setTickUnit(new NumberTickUnit(1));
        DecimalFormat decimals = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(text.language().locale()));
        List<Integer> greatest = risk.ranked().stream().filter(f -> risk.greatest().contains(f.factor()))
                .map(risk.ranked()::indexOf).toList();
        bars(plot, font, decimals, profile.accent(), profile.highlight(), greatest);
        return chart(plot);
    }

    static CategoryPlot plot(DefaultCategoryDataset data, PlotOrientation orientation, Font font,
                                     String categoryLabel, String valueLabel) {
        CategoryAxis categories = new CategoryAxis(categoryLabel);
        categories.setTickLabelFont(font);
        categories.setLabelFont(font);
        categories.setTickLabelPaint(INK);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        categories.setCategoryMargin(0.25);
        NumberAxis values = new NumberAxis(valueLabel);
        values.setTickLabelFont(font);
        values.setLabelFont(font);
        values.setTickLabelPaint(INK);
        CategoryPlot plot = new CategoryPlot(data, categories, values, null);
        plot.setOrientation(orientation);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setInsets(new RectangleInsets(4, 4, 4, 12));
        return plot;
    }

    private static BarRenderer bars(CategoryPlot plot, Font font, NumberFormat format, Color colour, Color highlight,
                                    List<Integer> highlighted) {
        BarRenderer bars = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return highlighted.contains(column) ? highlight : colour;
            }
        };
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(font);
        bars.setDefaultItemLabelPaint(INK);
        boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
        bars.setDefaultPositiveItemLabelPosition(horizontal
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        bars.setItemLabelAnchorOffset(3);
        plot.setRenderer(bars);
        return bars;
    }

    static JFreeChart chart(Plot plot) {
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        return chart;
    }
}
