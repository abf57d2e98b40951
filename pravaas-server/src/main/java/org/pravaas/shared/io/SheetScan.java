package org.pravaas.shared.io;

import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A pass over a worksheet's XML before its rows are read, refusing formulas and merged cells.
 * Imports must not depend on a value Excel computed when the file was last saved, and a merged
 * cell holds one value for several cells. Merged ranges are listed after the rows, so only a pass
 * of its own finds them before the first row is handed out.
 */
final class SheetScan {
    private SheetScan() {}

    static void check(InputStream sheetXml) throws XMLStreamException {
        XMLStreamReader xml = Xml.reader(sheetXml);
        int row = 0;
        int column = 0;
        String cell = "A1";
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "row" -> {
                    row = intAttribute(xml, "r", row + 1);
                    column = 0;
                }
                case "c" -> {
                    String ref = xml.getAttributeValue(null, "r");
                    cell = ref != null ? ref : CellRefs.name(row, column);
                    column = CellRefs.column(cell) + 1;
                    if ("str".equals(xml.getAttributeValue(null, "t"))) {
                        throw formula(cell);
                    }
                }
                case "f" -> throw formula(cell);
                case "mergeCell" -> throw merged(String.valueOf(xml.getAttributeValue(null, "ref")));
                default -> {}
            }
        }
    }

    private static int intAttribute(XMLStreamReader xml, String name, int otherwise) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? otherwise : Integer.parseInt(value.trim());
    }

    private static TabularFileException formula(String cell) {
        return new TabularFileException("file.formula", CellRefs.row(cell), cell);
    }

    private static TabularFileException merged(String range) {
        return new TabularFileException("file.merged", CellRefs.row(range), range);
    }
}
