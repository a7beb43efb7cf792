package dev.stratus.spi.protocol.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A service's API model in the query protocol's form (an AWS {@code service-2.json} whose shapes carry
 * {@code locationName} and {@code flattened}): it turns query parameters into the operation's input as JSON
 * and the operation's JSON output into the XML response, so a service writes its operations once, in JSON
 * terms, and answers both the JSON and the query protocol.
 */
public final class QueryModel {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Supplier<Tree> source;
    /** The parsed model, once read; read by every thread through this field. */
    private volatile Tree tree;

    private QueryModel(Supplier<Tree> source) {
        this.source = source;
    }

    /** The parts of a parsed model that translations read. */
    private record Tree(String xmlNamespace, JsonNode operations, JsonNode shapes) {

        static Tree of(JsonNode model) {
            return new Tree(model.path("metadata").path("xmlNamespace").asText(), model.path("operations"),
                    model.path("shapes"));
        }
    }

    /** Reads a model now. */
    public static QueryModel read(ObjectMapper mapper, InputStream model) {
        Tree tree = parse(mapper, model);
        return new QueryModel(() -> tree);
    }

    /**
     * The model at {@code resource} on the class path of {@code anchor} (the plugin's own), parsed when it is first
     * used: a start, and a run that never speaks the query protocol, do not parse a few hundred kilobytes of JSON.
     * Fails now if the resource is missing.
     */
    public static QueryModel read(ObjectMapper mapper, Class<?> anchor, String resource) {
        if (anchor.getResource(resource) == null) {
            throw new IllegalStateException("API model not found: " + resource);
        }
        return new QueryModel(() -> parse(mapper, anchor.getResourceAsStream(resource)));
    }

    private static Tree parse(ObjectMapper mapper, InputStream model) {
        try (InputStream in = model) {
            return Tree.of(mapper.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable API model", e);
        }
    }

    private Tree tree() {
        Tree read = tree;
        if (read == null) {
            synchronized (this) {
                read = tree;
                if (read == null) {
                    read = source.get();
                    tree = read;
                }
            }
        }
        return read;
    }

    public String xmlNamespace() {
        return tree().xmlNamespace();
    }

    public boolean hasOperation(String name) {
        return tree().operations().has(name);
    }

    /** The query protocol's code of an error shape ({@code QueueDoesNotExist} is {@code AWS.SimpleQueueService.NonExistentQueue}), else the name itself. */
    public String queryErrorCode(String errorShape) {
        return tree().shapes().path(errorShape).path("error").path("code").asText(errorShape);
    }

    /** The operation's input, read from the parameters by the input shape. */
    public ObjectNode input(String operation, QueryParameters parameters) {
        JsonNode input = tree().operations().path(operation).path("input");
        if (input.isMissingNode()) {
            return NODES.objectNode();
        }
        return readStructure(shape(input), parameters, "");
    }

    private ObjectNode readStructure(JsonNode shape, QueryParameters parameters, String prefix) {
        ObjectNode node = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = shape.path("members").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            String name = prefix + serializedName(member.getValue(), member.getKey());
            read(member.getValue(), parameters, name).ifPresent(value -> node.set(member.getKey(), value));
        }
        return node;
    }

    private Optional<JsonNode> read(JsonNode ref, QueryParameters parameters, String name) {
        JsonNode shape = shape(ref);
        switch (shape.path("type").asText()) {
            case "structure":
                return parameters.has(name) ? Optional.of(readStructure(shape, parameters, name + "."))
                        : Optional.empty();
            case "list":
                return readList(ref, shape, parameters, name);
            case "map":
                return readMap(ref, shape, parameters, name);
            case "integer":
            case "long":
                return parameters.get(name).map(QueryModel::number);
            case "boolean":
                return parameters.get(name).map(text -> "true".equals(text) ? NODES.booleanNode(true)
                        : "false".equals(text) ? NODES.booleanNode(false) : NODES.textNode(text));
            default:
                return parameters.get(name).map(NODES::textNode);
        }
    }

    private static JsonNode number(String text) {
        try {
            return NODES.numberNode(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return NODES.textNode(text);
        }
    }

    private Optional<JsonNode> readList(JsonNode ref, JsonNode shape, QueryParameters parameters, String name) {
        JsonNode member = shape.path("member");
        String prefix;
        if (flattened(ref)) {
            String memberName = member.path("locationName").asText(null);
            prefix = memberName == null ? name : replaceLast(name, memberName);
        } else {
            prefix = name + "." + member.path("locationName").asText("member");
        }
        ArrayNode list = NODES.arrayNode();
        for (int i = 1; parameters.has(prefix + "." + i); i++) {
            read(member, parameters, prefix + "." + i).ifPresent(list::add);
        }
        return list.isEmpty() && !parameters.has(name) ? Optional.empty() : Optional.of(list);
    }

    private Optional<JsonNode> readMap(JsonNode ref, JsonNode shape, QueryParameters parameters, String name) {
        String prefix = flattened(ref) ? name : name + ".entry";
        String keyName = shape.path("key").path("locationName").asText("key");
        String valueName = shape.path("value").path("locationName").asText("value");
        ObjectNode map = NODES.objectNode();
        for (int i = 1; parameters.has(prefix + "." + i); i++) {
            Optional<String> key = parameters.get(prefix + "." + i + "." + keyName);
            Optional<JsonNode> value = read(shape.path("value"), parameters, prefix + "." + i + "." + valueName);
            if (key.isPresent() && value.isPresent()) {
                map.set(key.get(), value.get());
            }
        }
        return map.isEmpty() && !parameters.has(name) ? Optional.empty() : Optional.of(map);
    }

    private static String replaceLast(String dotted, String last) {
        int dot = dotted.lastIndexOf('.');
        return dot < 0 ? last : dotted.substring(0, dot + 1) + last;
    }

    /** The XML response of the operation: {@code <OpResponse><OpResult>…</OpResult><ResponseMetadata>…}. */
    public byte[] response(String operation, JsonNode output, String requestId) {
        Tree model = tree();
        XmlWriter xml = new XmlWriter().start(operation + "Response", model.xmlNamespace());
        JsonNode outputRef = model.operations().path(operation).path("output");
        if (!outputRef.isMissingNode()) {
            xml.start(outputRef.path("resultWrapper").asText(operation + "Result"));
            writeStructure(xml, shape(outputRef), output);
            xml.end();
        }
        xml.start("ResponseMetadata").element("RequestId", requestId).end().end();
        return xml.toBytes();
    }

    private void writeStructure(XmlWriter xml, JsonNode shape, JsonNode value) {
        for (Iterator<Map.Entry<String, JsonNode>> it = shape.path("members").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            JsonNode memberValue = value.get(member.getKey());
            if (memberValue != null && !memberValue.isNull()) {
                write(xml, serializedName(member.getValue(), member.getKey()), member.getValue(), memberValue);
            }
        }
    }

    private void write(XmlWriter xml, String name, JsonNode ref, JsonNode value) {
        JsonNode shape = shape(ref);
        switch (shape.path("type").asText()) {
            case "structure":
                xml.start(name);
                writeStructure(xml, shape, value);
                xml.end();
                break;
            case "list":
                writeList(xml, name, ref, shape, value);
                break;
            case "map":
                writeMap(xml, name, ref, shape, value);
                break;
            default:
                xml.element(name, value.asText());
        }
    }

    private void writeList(XmlWriter xml, String name, JsonNode ref, JsonNode shape, JsonNode value) {
        JsonNode member = shape.path("member");
        if (flattened(ref)) {
            String elementName = member.path("locationName").asText(name);
            value.forEach(element -> write(xml, elementName, member, element));
            return;
        }
        xml.start(name);
        String elementName = member.path("locationName").asText("member");
        value.forEach(element -> write(xml, elementName, member, element));
        xml.end();
    }

    private void writeMap(XmlWriter xml, String name, JsonNode ref, JsonNode shape, JsonNode value) {
        String keyName = shape.path("key").path("locationName").asText("key");
        String valueName = shape.path("value").path("locationName").asText("value");
        boolean flattened = flattened(ref);
        if (!flattened) {
            xml.start(name);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            xml.start(flattened ? name : "entry").element(keyName, entry.getKey());
            write(xml, valueName, shape.path("value"), entry.getValue());
            xml.end();
        }
        if (!flattened) {
            xml.end();
        }
    }

    private JsonNode shape(JsonNode ref) {
        return tree().shapes().path(ref.path("shape").asText());
    }

    /** A member's name on the wire: the reference's {@code locationName}, else its shape's, else the member name. */
    private String serializedName(JsonNode ref, String memberName) {
        return ref.path("locationName").asText(shape(ref).path("locationName").asText(memberName));
    }

    private boolean flattened(JsonNode ref) {
        return ref.path("flattened").asBoolean(false) || shape(ref).path("flattened").asBoolean(false);
    }
}
