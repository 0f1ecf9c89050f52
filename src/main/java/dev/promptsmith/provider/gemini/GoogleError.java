package dev.promptsmith.provider.gemini;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields of a Google API error object that classification needs.
 *
 * @param status the gRPC status name (RESOURCE_EXHAUSTED, …), or "" when absent
 * @param details the {@code details} array, or an empty node
 */
record GoogleError(String message, String status, JsonNode details) {

    static GoogleError of(JsonNode error) {
        return new GoogleError(error.path("message").asText("").strip(), error.path("status").asText(""),
                error.path("details"));
    }

    /** The provider's message with its status name, e.g. "API key not valid. … (INVALID_ARGUMENT)". */
    String describe(int httpStatus) {
        String text = message.isEmpty() ? "HTTP " + httpStatus + " from Gemini" : message;
        return status.isEmpty() ? text : text + " (" + status + ")";
    }

    /** The {@code reason} of the first google.rpc.ErrorInfo detail, or "". */
    String errorInfoReason() {
        for (JsonNode detail : details) {
            if (detail.path("@type").asText("").endsWith("ErrorInfo")) {
                return detail.path("reason").asText("");
            }
        }
        return "";
    }

    /** Whether a google.rpc.QuotaFailure violation reports a quota of 0: the model has no quota at all. */
    boolean hasZeroQuota() {
        for (JsonNode detail : details) {
            if (detail.path("@type").asText("").endsWith("QuotaFailure")) {
                for (JsonNode violation : detail.path("violations")) {
                    if ("0".equals(violation.path("quotaValue").asText(null))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
