package org.pravaas.shared.io;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/** The sheets of a workbook in tab order, each with the zip entry holding its XML. */
final class SheetCatalog {
    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String RELATIONSHIPS = "xl/_rels/workbook.xml.rels";

    record SheetPart(String name, String entry) {}

    private SheetCatalog() {}

    static SheetPart find(XlsxPackage zip, @Nullable String wanted) throws IOException, XMLStreamException {
        Map<String, String> targets = relationships(zip);
        for (String[] sheet : sheets(zip)) {
            if (wanted == null || wanted.equalsIgnoreCase(sheet[0])) {
                String target = targets.get(sheet[1]);
                if (target == null) {
                    throw new TabularFileException("file.corrupt", 0);
                }
                return new SheetPart(sheet[0], entry(target));
            }
        }
        throw wanted == null
                ? new TabularFileException("file.corrupt", 0)
                : new TabularFileException("file.sheet-missing", 0, wanted);
    }

    /** Name and relationship id of each sheet, in the order of the tabs. */
    private static List<String[]> sheets(XlsxPackage zip) throws IOException, XMLStreamException {
        List<String[]> sheets = new ArrayList<>();
        try (InputStream in = zip.open(WORKBOOK)) {
            XMLStreamReader xml = Xml.reader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(xml.getLocalName())) {
                    sheets.add(new String[] {attribute(xml, "name"), attribute(xml, "id")});
                }
            }
        }
        return sheets;
    }

    private static Map<String, String> relationships(XlsxPackage zip) throws IOException, XMLStreamException {
        Map<String, String> targets = new HashMap<>();
        try (InputStream in = zip.open(RELATIONSHIPS)) {
            XMLStreamReader xml = Xml.reader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())) {
                    targets.put(attribute(xml, "Id"), attribute(xml, "Target"));
                }
            }
        }
        return targets;
    }

    /** An attribute by local name whatever its namespace ({@code r:id} in transitional and strict OOXML). */
    private static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (localName.equals(xml.getAttributeLocalName(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return "";
    }

    /** Targets are relative to {@code xl/}, or absolute within the package. */
    private static String entry(String target) {
        return URI.create("/xl/").resolve(target).getPath().substring(1);
    }
}
