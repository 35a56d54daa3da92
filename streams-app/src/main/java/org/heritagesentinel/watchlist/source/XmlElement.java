package org.heritagesentinel.watchlist.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One element of a list file read whole (a UN INDIVIDUAL, an OFAC sdnEntry): small enough to hold, while
 * the file around it is streamed. Names are local names; namespaces are ignored.
 */
final class XmlElement {
    final String name;
    final int line;
    private final StringBuilder text = new StringBuilder();
    private final List<XmlElement> children = new ArrayList<>();

    private XmlElement(String name, int line) {
        this.name = name;
        this.line = line;
    }

    /** Reads the element the reader stands on (START_ELEMENT) up to its end. */
    static XmlElement read(XMLStreamReader reader) throws XMLStreamException {
        XmlElement element = new XmlElement(reader.getLocalName(), reader.getLocation().getLineNumber());
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                element.children.add(read(reader));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                element.text.append(reader.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return element;
            }
        }
        throw new XMLStreamException("unexpected end of file inside <" + element.name + ">", reader.getLocation());
    }

    String text() {
        return text.toString().trim();
    }

    /** The text of the first child of that name, when present and not blank. */
    Optional<String> child(String childName) {
        return children(childName).stream().map(XmlElement::text).filter(t -> !t.isEmpty()).findFirst();
    }

    List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** Texts of the grandchildren {@code leaf} of every child {@code wrapper} (e.g. NATIONALITY/VALUE). */
    List<String> values(String wrapper, String leaf) {
        List<String> result = new ArrayList<>();
        for (XmlElement w : children(wrapper)) {
            w.children(leaf).stream().map(XmlElement::text).filter(t -> !t.isEmpty()).forEach(result::add);
        }
        return result;
    }
}
