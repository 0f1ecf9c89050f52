#!/usr/bin/env bash
# Prompt "hostile's prompt" on model "gpt-4o-mini" (provider openai), exported by Promptsmith.
# It sends exactly the request Promptsmith sends for the variable values it was exported with,
# streaming the answer as Promptsmith does.
# The API key is read from OPENAI_API_KEY; it is not stored in this file.
# Set PROMPTSMITH_BASE_URL to send the request to another address.
set -euo pipefail

BASE_URL='https://api.openai.com/v1'
BASE_URL="${PROMPTSMITH_BASE_URL:-$BASE_URL}"
BASE_URL="${BASE_URL%/}"
: "${OPENAI_API_KEY:?set OPENAI_API_KEY to your API key}"

BODY='{
  "model" : "gpt-4o-mini",
  "messages" : [ {
    "role" : "system",
    "content" : "Rules: It'\''s \"broken\" $(rm -rf ~) `whoami` ${HOME} $HOME \\n \\ %s %d {} {x}\nsecond line\r\nthird\ttab '\''single'\'' '\''\\'\'''\'' éè 中文 😀   */ # \u0007 !! EOF\nAnswer in JSON."
  }, {
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
  "max_tokens" : 77,
  "stop" : [ "END'\''", "$(stop)" ],
  "response_format" : {
    "type" : "json_schema",
    "json_schema" : {
      "name" : "answer",
      "schema" : {
        "type" : "object",
        "properties" : {
          "label" : {
            "type" : "string",
            "description" : "it'\''s $(x) `y`"
          },
          "score" : {
            "type" : "number",
            "maximum" : 1.1
          }
        },
        "required" : [ "label" ]
      },
      "strict" : false
    }
  },
  "stream" : true,
  "stream_options" : {
    "include_usage" : true
  }
}'

printf '%s' "$BODY" | curl --silent --show-error --no-buffer \
  --request POST "$BASE_URL"'/chat/completions' \
  --header 'Authorization: Bearer '"$OPENAI_API_KEY" \
  --header 'Content-Type: application/json' \
  --data-binary @-
