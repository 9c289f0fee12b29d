package org.crvsplanner.export;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;

/**
 * A native line chart of the three disk series; for a one-year horizon, where a line of one point
 * draws nothing, a column chart with each column's figure written on it. It refers to the cells, so Excel and LibreOffice
 * redraw it when an assumption changes; the figures stored with it are the cells' cached values,
 * so it must be drawn after the workbook is evaluated.
 */
final class DiskGrowthChart {
    static final int WIDTH_COLUMNS = 14;
    private static final int HEIGHT_ROWS = 22;
    // As RGB rather than preset names, which Gnumeric does not read.
    private static final byte[] ROYAL_BLUE = {(byte) 0x41, (byte) 0x69, (byte) 0xE1};
    private static final byte[] DARK_ORANGE = {(byte) 0xFF, (byte) 0x8C, (byte) 0x00};
    private static final byte[] FOREST_GREEN = {(byte) 0x22, (byte) 0x8B, (byte) 0x22};

    private DiskGrowthChart() {
    }

    static void draw(XSSFSheet sheet, int firstRow, int lastRow, WorkbookWords words) {
        int top = lastRow + 2;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, WIDTH_COLUMNS, top + HEIGHT_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(words.text("chart.title"));
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis years = chart.createCategoryAxis(AxisPosition.BOTTOM);
        years.setTitle(words.text("chart.axis.year"));
        XDDFValueAxis gb = chart.createValueAxis(AxisPosition.LEFT);
        gb.setTitle(words.unit("GB"));
        gb.setCrosses(AxisCrosses.AUTO_ZERO);
        gb.setNumberFormat(CellStyles.WHOLE);

        XDDFDataSource<Double> categories = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, DiskGrowthSheet.Column.YEAR.ordinal(),
                        DiskGrowthSheet.Column.YEAR.ordinal()));
        boolean oneYear = firstRow == lastRow;
        XDDFChartData data = chart.createData(oneYear ? ChartTypes.BAR : ChartTypes.LINE, years, gb);
        if (data instanceof XDDFBarChartData bars) {
            bars.setBarDirection(BarDirection.COL);
        }
        data.setVaryColors(false);
        series(sheet, data, categories, DiskGrowthSheet.Column.APPLICATION_DISK, ROYAL_BLUE, firstRow, lastRow, words);
        series(sheet, data, categories, DiskGrowthSheet.Column.PROVISIONED_DISK, DARK_ORANGE, firstRow, lastRow, words);
        series(sheet, data, categories, DiskGrowthSheet.Column.BACKUP_DISK, FOREST_GREEN, firstRow, lastRow, words);
        chart.plot(data);
        if (data instanceof XDDFBarChartData) {
            labelColumns(chart);
        }
        withoutEndParagraphProperties(chart);
    }

    /**
     * Drops the end-of-paragraph run properties POI gives every title. They only size an empty
     * last line, and Gnumeric reports each as an unexpected element when it opens the file.
     */
    private static void withoutEndParagraphProperties(XSSFChart chart) {
        XmlObject[] ends = chart.getCTChartSpace().selectPath(
                "declare namespace a='" + XSSFRelation.NS_DRAWINGML + "' .//a:endParaRPr");
        for (XmlObject end : ends) {
            try (XmlCursor cursor = end.newCursor()) {
                cursor.removeXml();
            }
        }
    }

    private static void series(XSSFSheet sheet, XDDFChartData data, XDDFDataSource<Double> categories,
            DiskGrowthSheet.Column column, byte[] colour, int firstRow, int lastRow, WorkbookWords words) {
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, column.ordinal(), column.ordinal()));
        XDDFChartData.Series series = data.addSeries(categories, values);
        series.setTitle(words.text(column.look.key()), new CellReference(sheet.getSheetName(), DiskGrowthSheet.HEADER_ROW,
                column.ordinal(), true, true));
        XDDFShapeProperties shape = series.getShapeProperties();
        if (shape == null) {
            shape = new XDDFShapeProperties();
        }
        if (series instanceof XDDFLineChartData.Series line) {
            line.setSmooth(false);
            line.setMarkerStyle(MarkerStyle.NONE);
            // LibreOffice draws no line for a series without explicit line properties.
            XDDFLineProperties stroke = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
            stroke.setWidth(2.25);
            shape.setLineProperties(stroke);
        } else {
            shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
        }
        series.setShapeProperties(shape);
    }

    /** Writes each column's figure above it: one year's three columns are read by their figures. */
    private static void labelColumns(XSSFChart chart) {
        for (CTBarSer series : chart.getCTChart().getPlotArea().getBarChartArray(0).getSerList()) {
            CTDLbls labels = series.isSetDLbls() ? series.getDLbls() : series.addNewDLbls();
            // No legend key or series name flags: Gnumeric reports them as unexpected, and they are off unless set.
            labels.addNewDLblPos().setVal(STDLblPos.OUT_END);
            labels.addNewShowVal().setVal(true);
            labels.addNewShowCatName().setVal(false);
            labels.addNewShowPercent().setVal(false);
            labels.addNewShowBubbleSize().setVal(false);
        }
    }
}
