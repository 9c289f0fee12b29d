package org.crvsplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/**
 * The document properties (docProps/core.xml) are XML 1.0, which cannot hold most control
 * characters nor half a surrogate pair: whatever the scenario name or the author, the workbook is
 * written, its core.xml is well-formed XML 1.0, and the cells keep the exact text.
 */
class DocumentPropertiesTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\u0001b", "\u001B]0;PWNED\u0007", "\uD800x", "x\uDFFF", "tab\tkept", "\uFFFEnon\uFFFF"})
    void hostileNameAndAuthor(String text) throws Exception {
        WorkbookContent content = new WorkbookContent(SizingPlan.of(SizingInputs.defaults()), text, "", TestPlans.DATE,
                "test", text);
        byte[] bytes = ProcurementWorkbook.toBytes(content);

        Document core = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(part(bytes, "docProps/core.xml")));
        String title = core.getElementsByTagName("dc:title").item(0).getTextContent();
        String creator = core.getElementsByTagName("dc:creator").item(0).getTextContent();
        assertThat(title).contains(text.strip().replaceAll("[\\p{Cntrl}&&[^\t]]|[\\uD800-\\uDFFF\\uFFFE\\uFFFF]", "\uFFFD"));
        assertThat(creator).isEqualTo(text.strip().replaceAll("[\\p{Cntrl}&&[^\t]]|[\\uD800-\\uDFFF\\uFFFE\\uFFFF]", "\uFFFD"));
        try (XSSFWorkbook workbook = PlanSheets.open(bytes)) {
            if (!text.matches(".*[\\uD800-\\uDFFF].*")) {
                assertThat(PlanSheets.text(new PlanSheets(workbook).summary().get("Scenario"))).isEqualTo(text.strip());
            }
        }
    }

    private static byte[] part(byte[] xlsx, String name) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name);
    }
}
