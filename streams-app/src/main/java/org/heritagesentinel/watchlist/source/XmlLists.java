package org.heritagesentinel.watchlist.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an XML list file: every element named in {@code records} is read whole and handed on, the rest
 * is walked past. No external entities or DTDs are resolved (a list file is input from outside).
 */
final class XmlLists {
    /** What to do with one record element, or with the root's other elements. */
    interface Handler {
        void root(XMLStreamReader reader) throws MalformedListException;

        void record(XmlElement element) throws MalformedListException;

        void other(XmlElement element) throws MalformedListException;
    }

    private XmlLists() {
    }

    /**
     * @param records  names of the elements that each hold one listed subject
     * @param metadata names of elements outside the records worth reading whole (publication information)
     */
    static void stream(Path file, Set<String> records, Set<String> metadata, Handler handler)
        throws IOException, MalformedListException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            boolean root = true;
            try {
                while (reader.hasNext()) {
                    if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (root) {
                        handler.root(reader);
                        root = false;
                    } else if (records.contains(reader.getLocalName())) {
                        handler.record(XmlElement.read(reader));
                    } else if (metadata.contains(reader.getLocalName())) {
                        handler.other(XmlElement.read(reader));
                    }
                }
                if (root) {
                    throw new MalformedListException("line 1", "no XML element in the file", null);
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "file" : "line " + e.getLocation().getLineNumber()
                + ", column " + e.getLocation().getColumnNumber();
            throw new MalformedListException(where, "malformed XML: " + e.getMessage().replaceFirst("(?s)^ParseError.*?Message: ", ""), e);
        }
    }
}
