package dev.fbcli.nlp.llm;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.List;

/**
 * The LangChain4j form of the frame's schema ({@link FieldSpec#frame()}): a response format for
 * providers that enforce a JSON schema, and the {@code record_frame} tool for those that are made
 * to call a tool. Not strict: every field but {@code intent} may be left out, so the model writes
 * only what the phrase says (strict OpenAI schemas would make it write ~45 nulls); the reader
 * checks everything anyway.
 */
public final class FrameSchema {
    /** The schema's name (OpenAI {@code json_schema.name}). */
    public static final String NAME = "fb_frame";
    /** The tool the model must call in {@link OutputMode#TOOL}. */
    public static final String TOOL = "record_frame";

    private static final JsonObjectSchema ROOT = object(FieldSpec.frame(), true);

    private FrameSchema() {}

    public static JsonObjectSchema root() {
        return ROOT;
    }

    public static ResponseFormat responseFormat() {
        return ResponseFormat.builder()
                .type(ResponseFormatType.JSON)
                .jsonSchema(JsonSchema.builder().name(NAME).rootElement(ROOT).build())
                .build();
    }

    public static ToolSpecification tool() {
        return ToolSpecification.builder()
                .name(TOOL)
                .description("Record the intent frame of the user's request. Always call this, once.")
                .parameters(ROOT)
                .build();
    }

    private static JsonObjectSchema object(List<FieldSpec> fields, boolean root) {
        JsonObjectSchema.Builder b = JsonObjectSchema.builder();
        for (FieldSpec f : fields) {
            b.addProperty(f.name(), element(f));
        }
        if (root) {
            b.required("intent");
        }
        return b.additionalProperties(false).build();
    }

    private static JsonSchemaElement element(FieldSpec f) {
        switch (f.type()) {
            case "string":
                return JsonStringSchema.builder().description(f.description()).build();
            case "integer":
                return JsonIntegerSchema.builder().description(f.description()).build();
            case "number":
                return JsonNumberSchema.builder().description(f.description()).build();
            case "boolean":
                return JsonBooleanSchema.builder().description(f.description()).build();
            case "enum":
                return JsonEnumSchema.builder()
                        .enumValues(f.words())
                        .description(f.description())
                        .build();
            case "array":
                return JsonArraySchema.builder()
                        .description(f.description())
                        .items(object(f.items(), false))
                        .build();
            default:
                throw new IllegalStateException(f.type());
        }
    }
}
