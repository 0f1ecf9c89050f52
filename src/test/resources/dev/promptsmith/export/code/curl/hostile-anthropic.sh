#!/usr/bin/env bash
# Prompt "hostile's prompt" on model "claude-sonnet-4-5" (provider anthropic), exported by Promptsmith.
# It sends exactly the request Promptsmith sends for the variable values it was exported with,
# streaming the answer as Promptsmith does.
# The API key is read from ANTHROPIC_API_KEY; it is not stored in this file.
# Set PROMPTSMITH_BASE_URL to send the request to another address.
set -euo pipefail

BASE_URL='https://api.anthropic.com/v1'
BASE_URL="${PROMPTSMITH_BASE_URL:-$BASE_URL}"
BASE_URL="${BASE_URL%/}"
: "${ANTHROPIC_API_KEY:?set ANTHROPIC_API_KEY to your API key}"

BODY='{
  "model" : "claude-sonnet-4-5",
  "max_tokens" : 77,
  "system" : "Rules: It'\''s \"broken\" $(rm -rf ~) `whoami` ${HOME} $HOME \\n \\ %s %d {} {x}\nsecond line\r\nthird\ttab '\''single'\'' '\''\\'\'''\'' éè 中文 😀   */ # \u0007 !! EOF\nAnswer in JSON.",
  "messages" : [ {
    "role" : "user",
    "content" : "<ticket>\nIt'\''s \"broken\" $(rm -rf ~) `whoami` ${HOME} $HOME \\n \\ %s %d {} {{ not }} {x}\nsecond line\r\nthird\ttab '\''single'\'' '\''\\'\'''\'' éè 中文 😀   */ # \u0007 !! EOF\n</ticket>\n"
  }, {
    "role" : "assistant",
    "content" : "{\"label\":\"it'\''s `odd`\"}"
  }, {
    "role" : "user",
    "content" : "<ticket>\nIt'\''s \"broken\" $(rm -rf ~) `whoami` ${HOME} $HOME \\n \\ %s %d {} {{ not }} {x}\nsecond line\r\nthird\ttab '\''single'\'' '\''\\'\'''\'' éè 中文 😀   */ # \u0007 !! EOF (the input)\n</ticket>\n"
  } ],
  "temperature" : 0.25,
  "top_p" : 0.9,
  "stop_sequences" : [ "END'\''", "$(stop)" ],
  "tools" : [ {
    "name" : "answer_json",
    "description" : "Respond with the requested JSON object.",
    "input_schema" : {
      "type" : "object",
      "properties" : {
        "label" : {
          "type" : "string",
          "description" : "it'\''s $(x) `y`"
        },
        "score" : {
          "type" : "number",
          "maximum" : 1.10
        }
      },
      "required" : [ "label" ]
    }
  } ],
  "tool_choice" : {
    "type" : "tool",
    "name" : "answer_json"
  },
  "stream" : true
}'

printf '%s' "$BODY" | curl --silent --show-error --no-buffer \
  --request POST "$BASE_URL"'/messages' \
  --header 'anthropic-version: 2023-06-01' \
  --header 'content-type: application/json' \
  --header 'x-api-key: '"$ANTHROPIC_API_KEY" \
  --data-binary @-
