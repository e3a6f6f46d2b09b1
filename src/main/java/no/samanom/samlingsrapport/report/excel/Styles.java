package no.samanom.samlingsrapport.report.excel;

import java.awt.Color;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

import no.samanom.samlingsrapport.support.Language;

/** The workbook's few cell styles, created once: a workbook holds a limited number of styles. */
final class Styles {

    final CellStyle title;
    final CellStyle header;
    final CellStyle bold;
    final CellStyle boldWrap;
    final CellStyle verticalHeader;
    final CellStyle wrap;
    final CellStyle decimal;
    final CellStyle whole;
    final CellStyle date;
    final CellStyle quoted;
    /** A programme's breaks and meals: grey, so that the items around them stand out. */
    final CellStyle light;
    final CellStyle time;
    final CellStyle lightTime;
    /**
     * The workbook's default style, set explicitly on otherwise unstyled cells: a cell
     * without a style makes SXSSF look up its column's style while flushing each row, which
     * dominated the time of a million-row Data sheet. Written as no style at all.
     */
    final CellStyle plain;
    final Font boldFont;
    final Font plainFont;
    final Font greyFont;

    Styles(SXSSFWorkbook workbook, Language language, Color accent) {
        plain = workbook.getCellStyleAt(0);
        boldFont = workbook.createFont();
        boldFont.setBold(true);
        plainFont = workbook.createFont();
        XSSFFont titleFont = (XSSFFont) workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 16);
        titleFont.setColor(new XSSFColor(accent, null));
        title = workbook.createCellStyle();
        title.setFont(titleFont);
        XSSFCellStyle headerStyle = (XSSFCellStyle) workbook.createCellStyle();
        headerStyle.setFont(boldFont);
        headerStyle.setWrapText(true);
        headerStyle.setVerticalAlignment(VerticalAlignment.TOP);
        headerStyle.setFillForegroundColor(new XSSFColor(new Color(0xE4, 0xEB, 0xF3), null));
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerStyle.setBorderBottom(BorderStyle.THIN);
        header = headerStyle;
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        bold.setVerticalAlignment(VerticalAlignment.TOP);
        boldWrap = workbook.createCellStyle();
        boldWrap.cloneStyleFrom(bold);
        boldWrap.setWrapText(true);
        XSSFCellStyle vertical = (XSSFCellStyle) workbook.createCellStyle();
        vertical.cloneStyleFrom(headerStyle);
        vertical.setRotation((short) 90);
        verticalHeader = vertical;
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat(language.excelLocale() + "0.00"));
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
        date.setVerticalAlignment(VerticalAlignment.TOP); // beside wrapped text, as in a programme's rows
        whole = workbook.createCellStyle();
        whole.setDataFormat(workbook.createDataFormat().getFormat("0"));
        // text that starts like a formula keeps a quote prefix, so editing the cell cannot turn it into one
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        XSSFFont grey = (XSSFFont) workbook.createFont();
        grey.setColor(new XSSFColor(new Color(0x55, 0x55, 0x55), null));
        greyFont = grey;
        light = workbook.createCellStyle();
        light.cloneStyleFrom(wrap);
        light.setFont(grey);
        time = workbook.createCellStyle();
        time.setDataFormat(workbook.createDataFormat().getFormat("hh:mm"));
        time.setVerticalAlignment(VerticalAlignment.TOP);
        lightTime = workbook.createCellStyle();
        lightTime.cloneStyleFrom(time);
        lightTime.setFont(grey);
    }
}
