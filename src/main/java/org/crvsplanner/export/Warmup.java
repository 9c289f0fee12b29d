package org.crvsplanner.export;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Gives a fresh JVM a head start on a workbook export. A command-line export spends most of its
 * time loading and initialising POI's classes; the formula evaluator, the chart and the writer
 * are needed only at the end, so a second core can load them while the sheets are being built.
 * Measured: about 60 to 100 ms off a whole-process export (docs/PERFORMANCE.md).
 */
final class Warmup {
    private Warmup() {
    }

    static void startInBackground() {
        Thread thread = new Thread(Warmup::runQuietly, "workbook-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    private static void runQuietly() {
        try {
            exercise();
        } catch (IOException | RuntimeException | LinkageError ignored) {
            // Only a head start: the export itself reports any real problem.
        }
    }

    /** Evaluates a formula, draws a line chart and writes, in a throwaway workbook. */
    static void exercise() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellFormula("IF(1>0,SUM(2,3),INDEX(A2:A3,1))&FIXED(1,2)");
            sheet.createRow(1).createCell(0).setCellValue(1);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, 3, 5, 10));
            XDDFChartData data = chart.createData(ChartTypes.LINE, chart.createCategoryAxis(AxisPosition.BOTTOM),
                    chart.createValueAxis(AxisPosition.LEFT));
            XDDFDataSource<Double> categories = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(1, 1, 0, 0));
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(1, 1, 0, 0));
            data.addSeries(categories, values);
            chart.plot(data);
            workbook.write(OutputStream.nullOutputStream());
        }
    }
}
