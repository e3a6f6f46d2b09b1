package no.samanom.samlingsrapport.report.excel;

import java.awt.Color;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native bar charts over cells of a sheet, so that they follow the formulas. Drawn through
 * the streamed sheet's underlying XSSF sheet, which keeps drawings while rows stream. Bars get
 * an explicit fill: LibreOffice draws unfilled bars otherwise.
 */
final class NativeCharts {

    private NativeCharts() {
    }

    /**
     * A bar chart of one series.
     *
     * @param categories cells with the labels, values the numbers, both on {@code sheet}
     * @param anchor     first column, first row, last column, last row of the chart's place
     */
    static void bars(SXSSFWorkbook workbook, SXSSFSheet sheet, boolean horizontal, String title, String seriesTitle,
                     CellRangeAddress categories, CellRangeAddress values, Color colour, String valueTitle,
                     int[] anchor) {
        XSSFSheet xssf = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName());
        XSSFDrawing drawing = xssf.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, anchor[0], anchor[1], anchor[2], anchor[3]));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        if (horizontal) {
            categoryAxis.setOrientation(AxisOrientation.MAX_MIN); // first category on top, as in the table
        }
        XDDFValueAxis valueAxis = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setTitle(valueTitle);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        data.setVaryColors(false);
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(xssf, categories);
        XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromNumericCellRange(xssf, values);
        XDDFChartData.Series series = data.addSeries(labels, numbers);
        series.setTitle(seriesTitle, null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(
                new byte[]{(byte) colour.getRed(), (byte) colour.getGreen(), (byte) colour.getBlue()})));
        chart.plot(data);
    }
}
