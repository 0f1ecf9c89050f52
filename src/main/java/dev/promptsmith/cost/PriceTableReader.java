package dev.promptsmith.cost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a price table file: {@code sources} (id → name, url, asOf) and {@code models} (a list of
 * entries with a {@code key} and prices per million tokens). A bad entry is left out with a
 * problem that names it; the rest of the file still counts.
 */
public final class PriceTableReader {

    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The table, plus a problem per entry that could not be read; {@code origin} names the file in messages. */
    public Result read(String text, String origin) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            return new Result(new PriceTable(Map.of()), List.of(origin + ": not valid JSON" + at + ": " + e.getOriginalMessage()));
        }
        if (root == null || !root.path("models").isArray()) {
            return new Result(new PriceTable(Map.of()), List.of(origin + ": expected an object with a \"models\" list"));
        }
        Map<String, String> sourceNames = new LinkedHashMap<>();
        Map<String, LocalDate> sourceDates = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        root.path("sources").fields().forEachRemaining(e -> {
            sourceNames.put(e.getKey(), e.getValue().path("name").asText(e.getKey()));
            try {
                sourceDates.put(e.getKey(), date(e.getValue().path("asOf")));
            } catch (IllegalArgumentException bad) {
                problems.add(origin + ": source " + e.getKey() + ": " + bad.getMessage());
            }
        });
        Map<String, ModelPrice> prices = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode entry : root.path("models")) {
            index++;
            String key = entry.path("key").asText("");
            String where = origin + ": model entry " + index + (key.isEmpty() ? "" : " (" + key + ")");
            try {
                if (!key.matches("[^/\\s]+/\\S+")) {
                    throw new IllegalArgumentException("\"key\" must be provider/model, e.g. openai/gpt-4o-mini");
                }
                String src = entry.path("src").asText(null);
                String source = src == null ? origin : sourceNames.getOrDefault(src, src);
                LocalDate asOf = src == null ? null : sourceDates.get(src);
                prices.put(key, price(entry, source, asOf));
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
        return new Result(new PriceTable(prices), problems);
    }

    private static ModelPrice price(JsonNode entry, String source, LocalDate asOf) {
        JsonNode above = entry.path("above");
        PriceTier tier = above.isObject()
                ? new PriceTier(count(above, "tokens", true), money(above, "input"), money(above, "output"),
                        money(above, "cacheRead"), money(above, "cacheWrite"))
                : null;
        ModelPrice price = new ModelPrice(money(entry, "input"), money(entry, "output"), money(entry, "cacheRead"),
                money(entry, "cacheWrite"), tier, money(entry, "batchInput"), money(entry, "batchOutput"),
                money(entry, "perHour"), count(entry, "context", false), count(entry, "maxOutput", false),
                date(entry.path("retires")), source, asOf);
        if (!price.known()) {
            throw new IllegalArgumentException("needs \"input\" and \"output\" (USD per 1M tokens) or \"perHour\"");
        }
        return price;
    }

    private static BigDecimal money(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || value.decimalValue().signum() < 0) {
            throw new IllegalArgumentException("\"" + field + "\" must be a number >= 0, found " + value);
        }
        return value.decimalValue();
    }

    private static Integer count(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException("\"" + field + "\" is required");
            }
            return null;
        }
        if (!value.canConvertToInt() || value.asInt() <= 0) {
            throw new IllegalArgumentException("\"" + field + "\" must be a whole number > 0, found " + value);
        }
        return value.asInt();
    }

    private static LocalDate date(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("dates are YYYY-MM-DD, found " + value);
        }
    }

    /** A table and what could not be read from its file. */
    public record Result(PriceTable table, List<String> problems) {

        public Result {
            problems = List.copyOf(problems);
        }
    }
}
