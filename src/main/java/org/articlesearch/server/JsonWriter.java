package org.articlesearch.server;

import io.javalin.json.JsonMapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Map;

/**
 * The one JSON writer: the API's answers, its error bodies, and the CLI's {@code search --json} and
 * {@code split --json}. Written by hand: records (components in declaration order), maps, lists,
 * strings, numbers, booleans and null, byte for byte as Jackson writes them ({@code JsonWriterTest}).
 * Jackson would load about 500 classes and introspect every record on the first answer, a third of a
 * second of a cold start; this needs none of that.
 */
public final class JsonWriter implements JsonMapper {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** {@code value} as one line of JSON, as Jackson's {@code writeValueAsString} gives it: {@code JsonWriter.toJson(result)}. */
    public static String toJson(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(value, out);
        return out.toString();
    }

    @Override
    public String toJsonString(Object obj, Type type) {
        // Like Javalin's Jackson mapper: a string is taken to be JSON already.
        if (obj instanceof String s) return s;
        return toJson(obj);
    }

    static void write(Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case CharSequence s -> string(s, out);
            case Float f when !f.isNaN() && !f.isInfinite() -> out.append(f.floatValue());
            case Double d when !d.isNaN() && !d.isInfinite() -> out.append(d.doubleValue());
            case Float f -> string(f.toString(), out); // Jackson quotes NaN and the infinities
            case Double d -> string(d.toString(), out);
            case Number n -> out.append(n);
            case Boolean b -> out.append(b.booleanValue());
            case Map<?, ?> map -> {
                out.append('{');
                String sep = "";
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    out.append(sep);
                    string(String.valueOf(e.getKey()), out);
                    out.append(':');
                    write(e.getValue(), out);
                    sep = ",";
                }
                out.append('}');
            }
            case Iterable<?> items -> {
                out.append('[');
                String sep = "";
                for (Object item : items) {
                    out.append(sep);
                    write(item, out);
                    sep = ",";
                }
                out.append(']');
            }
            case Record r -> record(r, out);
            default -> throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    /** A record's component: its name as a JSON key with the colon, and its accessor. */
    private record Component(String key, Method accessor) {
    }

    /**
     * Each record class's components, looked up once: the reflective lookups return fresh Method
     * objects, and a fresh Method builds its invoker again on first use, which cost more than
     * writing the whole answer.
     */
    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] found = type.getRecordComponents();
            Component[] out = new Component[found.length];
            for (int i = 0; i < found.length; i++) {
                StringBuilder key = new StringBuilder();
                string(found[i].getName(), key);
                Method accessor = found[i].getAccessor();
                // As Jackson does: a record nested in a class that is not public is written too.
                accessor.trySetAccessible();
                out[i] = new Component(key.append(':').toString(), accessor);
            }
            return out;
        }
    };

    private static void record(Record r, StringBuilder out) {
        out.append('{');
        String sep = "";
        for (Component c : COMPONENTS.get(r.getClass())) {
            out.append(sep).append(c.key());
            try {
                write(c.accessor().invoke(r), out);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.key() + " of " + r.getClass().getName(), e);
            }
            sep = ",";
        }
        out.append('}');
    }

    /** A JSON string: quote, backslash and control characters escaped as Jackson does; the rest as is. */
    private static void string(CharSequence s, StringBuilder out) {
        out.append('"');
        int plain = 0; // start of the run of characters that need no escape
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') continue;
            out.append(s, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        out.append(s, plain, s.length()).append('"');
    }
}
