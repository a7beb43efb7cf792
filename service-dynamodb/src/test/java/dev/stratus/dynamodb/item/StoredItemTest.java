package dev.stratus.dynamodb.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import dev.stratus.dynamodb.api.value.Bytes;
import dev.stratus.dynamodb.api.value.ItemSize;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A stored item measured and written from its encoding exactly as its decoded attributes are. */
class StoredItemTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyCharacterIsWrittenAsJacksonWritesIt() throws Exception {
        StringBuilder text = new StringBuilder();
        for (char c = 0; c < 0x800; c++) {
            text.append(c);
        }
        text.append("\u2028\u2029\uffff\ud83d\ude00\udbff\udfff\ud800\udc00 end");
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(text.toString(), AttributeValue.s(text.toString()));
        item.put("ss", AttributeValue.ss("\"", "\\", "\u001f\u007f"));

        assertWrittenAndMeasuredAsDecoded(item);
    }

    @Test
    void numbersAreMeasuredAsTheirDecodedValues() throws Exception {
        String[] numbers = {"0", "-0", "1", "-1", "10", "100", "1000", "0.1", "0.01", "0.001", "-0.00012", "15",
            "1.50e1", "12345678901234567890123456789012345678", "1E+125", "9.9999999999999999999999999999999999999E+125",
            "1E-130", "-1E-130", "123.456", "-98765.4321", "5E+10", "0.5", "99", "101", "1.01", "10.1"};
        for (String number : numbers) {
            assertWrittenAndMeasuredAsDecoded(Map.of("n", AttributeValue.n(number),
                    "ns", AttributeValue.ns(number, "7")));
        }
    }

    @Test
    void randomItemsAreWrittenAndMeasuredAsDecoded() throws Exception {
        Random random = new Random(13);
        for (int i = 0; i < 500; i++) {
            assertWrittenAndMeasuredAsDecoded(map(random, 0));
        }
    }

    @Test
    void isAnUnmodifiableMapOfTheDecodedAttributes() {
        Map<String, AttributeValue> item = Map.of("k", AttributeValue.s("v"), "n", AttributeValue.n("2"));
        StoredItem stored = new StoredItem(ItemEncoding.encode(item));

        assertEquals(item, stored);
        assertEquals(AttributeValue.s("v"), stored.get("k"));
        assertEquals(2, stored.size());
        assertThrows(UnsupportedOperationException.class, () -> stored.put("x", AttributeValue.s("y")));
    }

    private static void assertWrittenAndMeasuredAsDecoded(Map<String, AttributeValue> item) throws Exception {
        byte[] encoding = ItemEncoding.encode(item);
        Map<String, AttributeValue> decoded = ItemEncoding.decode(encoding);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (JsonGenerator out = MAPPER.createGenerator(expected)) {
            AttributeValueCodec.writeItem(out, decoded);
        }
        assertEquals(expected.toString(StandardCharsets.UTF_8),
                new String(EncodedItemJson.of(encoding), StandardCharsets.UTF_8));
        assertEquals(ItemSize.of(decoded), ItemEncoding.size(encoding), () -> decoded.toString());
    }

    private static Map<String, AttributeValue> map(Random random, int depth) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        int count = random.nextInt(depth == 0 ? 8 : 4);
        for (int i = 0; i < count; i++) {
            map.put(text(random), value(random, depth));
        }
        return map;
    }

    private static AttributeValue value(Random random, int depth) {
        int kind = random.nextInt(depth < 3 ? 11 : 9);
        return switch (kind) {
            case 0 -> AttributeValue.s(text(random));
            case 1 -> AttributeValue.n(number(random));
            case 2 -> new AttributeValue.B(bytes(random));
            case 3 -> AttributeValue.bool(random.nextBoolean());
            case 4 -> AttributeValue.nul();
            case 5 -> new AttributeValue.SS(List.copyOf(distinct(random, () -> text(random))));
            case 6 -> AttributeValue.ns(distinct(random, () -> number(random)).toArray(String[]::new));
            case 7 -> new AttributeValue.BS(List.copyOf(distinct(random, () -> bytes(random))));
            case 8 -> AttributeValue.s("");
            case 9 -> {
                List<AttributeValue> values = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    values.add(value(random, depth + 1));
                }
                yield new AttributeValue.L(values);
            }
            default -> new AttributeValue.M(map(random, depth + 1));
        };
    }

    private static <T> LinkedHashSet<T> distinct(Random random, java.util.function.Supplier<T> member) {
        LinkedHashSet<T> members = new LinkedHashSet<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            members.add(member.get());
        }
        return members;
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            int range = random.nextInt(4);
            if (range == 0) {
                text.append((char) random.nextInt(0x80));
            } else if (range == 1) {
                text.append((char) (0x80 + random.nextInt(0xD000)));
            } else if (range == 2) {
                text.appendCodePoint(0x10000 + random.nextInt(0x100000));
            } else {
                text.append((char) (' ' + random.nextInt(95)));
            }
        }
        return text.toString();
    }

    private static String number(Random random) {
        StringBuilder digits = new StringBuilder(random.nextBoolean() ? "-" : "");
        for (int i = 1 + random.nextInt(20); i > 0; i--) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        if (random.nextBoolean()) {
            digits.append('.').append(random.nextInt(100000));
        }
        if (random.nextInt(4) == 0) {
            digits.append('E').append(random.nextInt(60) - 30);
        }
        return digits.toString();
    }

    private static Bytes bytes(Random random) {
        byte[] bytes = new byte[random.nextInt(10)];
        random.nextBytes(bytes);
        return Bytes.of(bytes);
    }
}
