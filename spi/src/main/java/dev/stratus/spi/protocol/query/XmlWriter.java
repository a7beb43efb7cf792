package dev.stratus.spi.protocol.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** Writes the XML documents of the query protocol: elements and escaped text, nothing more. */
public final class XmlWriter {

    private final StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    private final Deque<String> open = new ArrayDeque<>();

    public XmlWriter start(String name) {
        xml.append('<').append(name).append('>');
        open.push(name);
        return this;
    }

    /** Starts an element declaring the default namespace. */
    public XmlWriter start(String name, String namespace) {
        xml.append('<').append(name).append(" xmlns=\"").append(escape(namespace)).append("\">");
        open.push(name);
        return this;
    }

    public XmlWriter end() {
        xml.append("</").append(open.pop()).append('>');
        return this;
    }

    /** A whole element with text content. */
    public XmlWriter element(String name, String text) {
        xml.append('<').append(name).append('>').append(escape(text)).append("</").append(name).append('>');
        return this;
    }

    /** An element without content: {@code <name/>}. */
    public XmlWriter empty(String name) {
        xml.append('<').append(name).append("/>");
        return this;
    }

    public byte[] toBytes() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("Elements left open: " + open);
        }
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Escapes markup characters and the line breaks and tabs an XML parser would otherwise normalise. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\r' -> out.append("&#xD;");
                case '\n' -> out.append("&#xA;");
                case '\t' -> out.append("&#x9;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
