package org.crvsplanner.export;

import javax.xml.namespace.QName;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTOverlap;

/**
 * The tornado: for each input, a bar from the change of the horizon's disk at its low value to
 * the change at its high value, around the likely disk. Two stacked series of horizontal bars, the
 * widest swing on top.
 */
final class OutlookChart {
    static final int HEIGHT_ROWS = 18;
    private static final int WIDTH_COLUMNS = 8;

    private OutlookChart() {
    }

    static void draw(XSSFSheet sheet, OutlookSheet.TornadoRows rows, WorkbookWords words) {
        int top = rows.last() + 2;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, WIDTH_COLUMNS, top + HEIGHT_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(words.text("outlook.chart.title"));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis inputs = chart.createCategoryAxis(AxisPosition.LEFT);
        // The first row is the widest swing; it belongs at the top.
        inputs.setOrientation(AxisOrientation.MAX_MIN);
        // The names at the left edge, not on the zero line among the bars.
        inputs.setTickLabelPosition(AxisTickLabelPosition.LOW);
        XDDFValueAxis gb = chart.createValueAxis(AxisPosition.BOTTOM);
        gb.setTitle(words.text("outlook.chart.axis"));
        // At the last category, which the reversed order puts at the bottom.
        gb.setCrosses(AxisCrosses.MAX);
        gb.setCrossBetween(AxisCrossBetween.BETWEEN);
        gb.setNumberFormat(CellStyles.WHOLE);

        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(rows.first(), rows.last(), 0, 0));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, inputs, gb);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setGapWidth(60);
        data.setVaryColors(false);
        series(sheet, data, labels, rows, 4, PresetColor.STEEL_BLUE);
        series(sheet, data, labels, rows, 5, PresetColor.DARK_ORANGE);
        chart.plot(data);
        overlapFully(chart);
    }

    /**
     * Stacked bars must overlap fully, or Excel draws each series beside the other. POI's own
     * setter needs a schema type that the slim schema jar leaves out, so the attribute is written
     * directly.
     */
    private static void overlapFully(XSSFChart chart) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        CTOverlap overlap = bar.isSetOverlap() ? bar.getOverlap() : bar.addNewOverlap();
        try (XmlCursor cursor = overlap.newCursor()) {
            cursor.setAttributeText(new QName("val"), "100");
        }
    }

    private static void series(XSSFSheet sheet, XDDFBarChartData data, XDDFDataSource<String> labels,
            OutlookSheet.TornadoRows rows, int column, PresetColor colour) {
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(rows.first(), rows.last(), column, column));
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(labels, values);
        series.setTitle(sheet.getRow(rows.first() - 1).getCell(column).getStringCellValue(),
                new CellReference(sheet.getSheetName(), rows.first() - 1, column, true, true));
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
        series.setShapeProperties(shape);
    }
}
