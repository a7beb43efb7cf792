package dev.stratus.dynamodb.api.value;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A DynamoDB attribute value: one of the ten kinds DynamoDB knows. Values are immutable; sets keep the order
 * they were given in but compare as sets; maps keep insertion order.
 */
public sealed interface AttributeValue {

    /** DynamoDB's name of this kind: {@code S, N, B, BOOL, NULL, SS, NS, BS, L, M}. */
    String type();

    record S(String value) implements AttributeValue {
        public S {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String type() {
            return "S";
        }
    }

    record N(DynamoNumber value) implements AttributeValue {
        public N {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String type() {
            return "N";
        }
    }

    record B(Bytes value) implements AttributeValue {
        public B {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String type() {
            return "B";
        }
    }

    record Bool(boolean value) implements AttributeValue {
        @Override
        public String type() {
            return "BOOL";
        }
    }

    record Null() implements AttributeValue {
        @Override
        public String type() {
            return "NULL";
        }
    }

    record SS(List<String> values) implements AttributeValue {
        public SS {
            values = List.copyOf(values);
        }

        @Override
        public String type() {
            return "SS";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SS that && sameMembers(values, that.values);
        }

        @Override
        public int hashCode() {
            return new HashSet<>(values).hashCode();
        }
    }

    record NS(List<DynamoNumber> values) implements AttributeValue {
        public NS {
            values = List.copyOf(values);
        }

        @Override
        public String type() {
            return "NS";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof NS that && sameMembers(values, that.values);
        }

        @Override
        public int hashCode() {
            return new HashSet<>(values).hashCode();
        }
    }

    record BS(List<Bytes> values) implements AttributeValue {
        public BS {
            values = List.copyOf(values);
        }

        @Override
        public String type() {
            return "BS";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof BS that && sameMembers(values, that.values);
        }

        @Override
        public int hashCode() {
            return new HashSet<>(values).hashCode();
        }
    }

    record L(List<AttributeValue> values) implements AttributeValue {
        public L {
            values = List.copyOf(values);
        }

        @Override
        public String type() {
            return "L";
        }
    }

    record M(Map<String, AttributeValue> values) implements AttributeValue {
        public M {
            values.forEach((name, value) -> {
                Objects.requireNonNull(name, "name");
                Objects.requireNonNull(value, "value");
            });
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        @Override
        public String type() {
            return "M";
        }
    }

    static S s(String value) {
        return new S(value);
    }

    static N n(String value) {
        return new N(DynamoNumber.parse(value));
    }

    static N n(long value) {
        return new N(DynamoNumber.of(value));
    }

    static B b(byte[] value) {
        return new B(Bytes.of(value));
    }

    static Bool bool(boolean value) {
        return new Bool(value);
    }

    static Null nul() {
        return new Null();
    }

    static SS ss(String... values) {
        return new SS(List.of(values));
    }

    static NS ns(String... values) {
        return new NS(Arrays.stream(values).map(DynamoNumber::parse).toList());
    }

    static L l(AttributeValue... values) {
        return new L(List.of(values));
    }

    static M m(Map<String, AttributeValue> values) {
        return new M(values);
    }

    private static boolean sameMembers(List<?> one, List<?> two) {
        return one.size() == two.size() && new HashSet<>(one).equals(new HashSet<>(two));
    }
}
