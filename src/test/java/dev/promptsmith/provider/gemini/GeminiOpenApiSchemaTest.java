package dev.promptsmith.provider.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * JSON Schema to the OpenAPI subset of {@code responseSchema}: the Schema message of googleapis
 * {@code google/ai/generativelanguage/v1beta/content.proto}.
 */
class GeminiOpenApiSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GeminiOpenApiSchema openApi = new GeminiOpenApiSchema(JSON);

    @Test
    void keywordsOutsideTheSubsetAreDroppedAndTypesUpperCased() throws Exception {
        assertThat(translate("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:x", "type": "object",
                 "additionalProperties": false, "minProperties": 1,
                 "properties": {"code": {"type": "string", "pattern": "^[A-Z]+$", "minLength": 2, "maxLength": 3,
                                         "examples": ["EUR"]},
                                "count": {"type": "integer", "minimum": 0, "maximum": 9, "multipleOf": 1,
                                          "exclusiveMaximum": 10}}}
                """)).isEqualTo(tree("""
                {"type": "OBJECT",
                 "properties": {"code": {"type": "STRING"},
                                "count": {"type": "INTEGER", "minimum": 0, "maximum": 9}},
                 "propertyOrdering": ["code", "count"]}
                """));
    }

    @Test
    void aTypeListWithNullBecomesNullable() throws Exception {
        assertThat(translate("{\"type\": [\"null\", \"integer\"], \"description\": \"Pages\"}"))
                .isEqualTo(tree("{\"type\": \"INTEGER\", \"description\": \"Pages\", \"nullable\": true}"));
        assertThat(translate("{\"type\": [\"string\", \"number\", \"null\"]}")).isEqualTo(tree("""
                {"anyOf": [{"type": "STRING"}, {"type": "NUMBER"}], "nullable": true}
                """));
    }

    @Test
    void anOptionalWrittenAsAnyOfWithNullIsTheTypeNullable() throws Exception {
        assertThat(translate("""
                {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}], "description": "When"}
                """)).isEqualTo(tree("""
                {"description": "When", "nullable": true, "type": "STRING", "format": "date-time"}
                """));
    }

    @Test
    void oneOfIsSentAsAnyOf() throws Exception {
        assertThat(translate("{\"oneOf\": [{\"type\": \"string\"}, {\"type\": \"boolean\"}]}"))
                .isEqualTo(tree("{\"anyOf\": [{\"type\": \"STRING\"}, {\"type\": \"BOOLEAN\"}]}"));
    }

    @Test
    void onlyTheFormatsTheProtoListsAreKept() throws Exception {
        assertThat(translate("""
                {"type": "object", "properties": {
                  "day": {"type": "string", "format": "date"}, "at": {"type": "string", "format": "date-time"},
                  "mail": {"type": "string", "format": "email"}, "big": {"type": "integer", "format": "int64"},
                  "ratio": {"type": "number", "format": "double"}, "odd": {"type": "number", "format": "int32"}}}
                """).get("properties")).isEqualTo(tree("""
                {"day": {"type": "STRING"}, "at": {"type": "STRING", "format": "date-time"},
                 "mail": {"type": "STRING"}, "big": {"type": "INTEGER", "format": "int64"},
                 "ratio": {"type": "NUMBER", "format": "double"}, "odd": {"type": "NUMBER"}}
                """));
    }

    @Test
    void enumsKeepTheirStringsAndANullMakesThemNullable() throws Exception {
        assertThat(translate("{\"enum\": [\"low\", \"high\", null]}"))
                .isEqualTo(tree("{\"type\": \"STRING\", \"enum\": [\"low\", \"high\"], \"nullable\": true}"));
        assertThat(translate("{\"const\": \"invoice\"}")).isEqualTo(tree("{\"type\": \"STRING\", \"enum\": [\"invoice\"]}"));
        // The proto's enum holds strings; a numeric enum would be rejected, so it is left to the prompt.
        assertThat(translate("{\"type\": \"integer\", \"enum\": [1, 2, 3]}")).isEqualTo(tree("{\"type\": \"INTEGER\"}"));
    }

    @Test
    void localReferencesAreInlinedWithTheirSiblingsWinning() throws Exception {
        assertThat(translate("""
                {"type": "object",
                 "properties": {"from": {"$ref": "#/$defs/party", "description": "Who bills"},
                                "to": {"$ref": "#/definitions/party"}},
                 "$defs": {"party": {"type": "object", "description": "A party",
                                     "properties": {"name": {"type": "string"}}, "required": ["name"]}},
                 "definitions": {"party": {"$ref": "#/$defs/party"}}}
                """)).isEqualTo(tree("""
                {"type": "OBJECT",
                 "properties": {
                   "from": {"type": "OBJECT", "description": "Who bills", "required": ["name"],
                            "properties": {"name": {"type": "STRING"}}},
                   "to": {"type": "OBJECT", "description": "A party", "required": ["name"],
                          "properties": {"name": {"type": "STRING"}}}},
                 "propertyOrdering": ["from", "to"]}
                """));
    }

    @Test
    void aRecursiveReferenceStopsAtItsTargetsType() throws Exception {
        assertThat(translate("""
                {"$ref": "#/$defs/node",
                 "$defs": {"node": {"type": "object", "properties": {
                   "label": {"type": "string"},
                   "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}}}
                """)).isEqualTo(tree("""
                {"type": "OBJECT",
                 "properties": {"label": {"type": "STRING"},
                                "children": {"type": "ARRAY", "items": {"type": "OBJECT"}}},
                 "propertyOrdering": ["label", "children"]}
                """));
    }

    @Test
    void remoteAndAnchorReferencesLeaveOnlyTheirSiblings() throws Exception {
        assertThat(translate("{\"$ref\": \"https://example.com/money.json\", \"description\": \"Amount\"}"))
                .isEqualTo(tree("{\"description\": \"Amount\"}"));
        assertThat(translate("{\"$ref\": \"#money\", \"type\": \"number\"}")).isEqualTo(tree("{\"type\": \"NUMBER\"}"));
    }

    @Test
    void allOfIsMergedIntoOneObject() throws Exception {
        assertThat(translate("""
                {"allOf": [{"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]},
                           {"properties": {"b": {"type": "number"}}, "required": ["a", "b"]}]}
                """)).isEqualTo(tree("""
                {"type": "OBJECT", "properties": {"a": {"type": "STRING"}, "b": {"type": "NUMBER"}},
                 "required": ["a", "b"], "propertyOrdering": ["a", "b"]}
                """));
    }

    @Test
    void anOrderTheAuthorGaveIsKeptAndImpliedTypesAreFilledIn() throws Exception {
        assertThat(translate("""
                {"properties": {"b": {"items": {"type": "string"}}, "a": true}, "propertyOrdering": ["a", "b"]}
                """)).isEqualTo(tree("""
                {"type": "OBJECT", "propertyOrdering": ["a", "b"],
                 "properties": {"b": {"type": "ARRAY", "items": {"type": "STRING"}}, "a": {}}}
                """));
    }

    private JsonNode translate(String schema) throws Exception {
        return openApi.translate(JSON.readTree(schema));
    }

    private static JsonNode tree(String json) throws Exception {
        return JSON.readTree(json);
    }
}
