package dev.fbcli.nlp.llm;

import dev.fbcli.nlp.intent.Json;
import dev.langchain4j.model.output.structured.Description;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One field of {@link LlmFrame} as the schema describes it: JSON name, JSON type, allowed words
 * (enums), the {@link Description}, and the fields of the items of a list. Read once from the
 * record, so the record is the single source of the schema ({@link FrameSchema} for providers,
 * {@link #schemaJson()} for a prompt).
 */
public record FieldSpec(String name, String type, List<String> words, String description, List<FieldSpec> items) {

    private static final List<FieldSpec> FRAME = of(LlmFrame.class);

    /** The fields of {@link LlmFrame}, in order; {@code intent} is the only required one. */
    public static List<FieldSpec> frame() {
        return FRAME;
    }

    static List<FieldSpec> of(Class<? extends Record> type) {
        List<FieldSpec> out = new ArrayList<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            String desc;
            try {
                Description d = type.getDeclaredField(rc.getName()).getAnnotation(Description.class);
                desc = d == null ? null : String.join(" ", d.value());
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
            Class<?> t = rc.getType();
            String name = LlmFrame.jsonName(rc.getName());
            if (t == String.class) {
                out.add(new FieldSpec(
                        name,
                        name.equals("which") ? "enum" : "string",
                        name.equals("which") ? List.of("latest") : List.of(),
                        desc,
                        List.of()));
            } else if (t == Integer.class) {
                out.add(new FieldSpec(name, "integer", List.of(), desc, List.of()));
            } else if (t == BigDecimal.class) {
                out.add(new FieldSpec(name, "number", List.of(), desc, List.of()));
            } else if (t == Boolean.class) {
                out.add(new FieldSpec(name, "boolean", List.of(), desc, List.of()));
            } else if (t.isEnum()) {
                out.add(new FieldSpec(name, "enum", LlmFrame.words(t), desc, List.of()));
            } else if (t == List.class) {
                @SuppressWarnings("unchecked")
                Class<? extends Record> item =
                        (Class<? extends Record>) ((ParameterizedType) rc.getGenericType()).getActualTypeArguments()[0];
                out.add(new FieldSpec(name, "array", List.of(), desc, of(item)));
            } else {
                throw new IllegalStateException("no schema type for " + t);
            }
        }
        return List.copyOf(out);
    }

    /** The frame's JSON schema as text (for {@link OutputMode#PROMPT}, and docs). */
    public static String schemaJson() {
        StringBuilder sb = new StringBuilder(4096);
        object(sb, FRAME, true);
        return sb.toString();
    }

    private static void object(StringBuilder sb, List<FieldSpec> fields, boolean root) {
        sb.append("{\"type\":\"object\",\"properties\":{");
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec f = fields.get(i);
            if (i > 0) {
                sb.append(',');
            }
            Json.string(sb, f.name);
            sb.append(':');
            if (f.type.equals("array")) {
                sb.append("{\"type\":\"array\",");
                description(sb, f);
                sb.append("\"items\":");
                object(sb, f.items, false);
                sb.append('}');
            } else if (f.type.equals("enum")) {
                sb.append("{\"type\":\"string\",");
                description(sb, f);
                sb.append("\"enum\":[");
                for (int j = 0; j < f.words.size(); j++) {
                    if (j > 0) {
                        sb.append(',');
                    }
                    Json.string(sb, f.words.get(j));
                }
                sb.append("]}");
            } else {
                sb.append("{\"type\":");
                Json.string(sb, f.type);
                if (f.description != null) {
                    sb.append(",\"description\":");
                    Json.string(sb, f.description);
                }
                sb.append('}');
            }
        }
        sb.append('}');
        if (root) {
            sb.append(",\"required\":[\"intent\"]");
        }
        sb.append(",\"additionalProperties\":false}");
    }

    private static void description(StringBuilder sb, FieldSpec f) {
        if (f.description != null) {
            sb.append("\"description\":");
            Json.string(sb, f.description);
            sb.append(',');
        }
    }
}
