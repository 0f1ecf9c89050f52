/**
 * Assertions: one small class per type, each a pure function from (output, assertion, context) to
 * (pass, score, reason), looked up by type name in {@link dev.promptsmith.eval.assertion.AssertionRegistry}
 * and combined per test by {@link dev.promptsmith.eval.assertion.Scorer}.
 *
 * <p>Semantics of the built-in types ("expected" is the test's {@code expected}, used when the
 * assertion has no value; "threshold" is the assertion's {@code threshold}):
 * <table>
 *   <caption>Built-in assertion types</caption>
 *   <tr><th>type</th><th>value</th><th>passes when</th></tr>
 *   <tr><td>equals</td><td>text, or JSON; else expected</td><td>trimmed text is equal; a non-text
 *       value is compared as JSON, numbers by value</td></tr>
 *   <tr><td>contains, icontains</td><td>text</td><td>the output contains it (i-: ignoring case)</td></tr>
 *   <tr><td>contains-any, icontains-any</td><td>list (or one text)</td><td>at least one is contained</td></tr>
 *   <tr><td>contains-all, icontains-all</td><td>list (or one text)</td><td>all are contained; score = share
 *       found; threshold = share needed</td></tr>
 *   <tr><td>starts-with</td><td>text</td><td>the output, leading whitespace ignored, starts with it</td></tr>
 *   <tr><td>regex</td><td>Java regex</td><td>found anywhere (search); a bad regex is an error</td></tr>
 *   <tr><td>is-json</td><td>optional schema (as json-schema)</td><td>the whole trimmed output is JSON
 *       (and matches the schema)</td></tr>
 *   <tr><td>contains-json</td><td>optional object</td><td>the output contains JSON; with an object, some
 *       JSON object in it has those fields at any depth with equal values (score = share of fields)</td></tr>
 *   <tr><td>json-schema</td><td>schema path in the project, or inline schema</td><td>the output's JSON
 *       validates; the validator's messages are the reason</td></tr>
 *   <tr><td>json-path</td><td>{@code {path, equals}}</td><td>the value at the path equals; without
 *       {@code equals}, the path exists</td></tr>
 *   <tr><td>length, word-count</td><td>{@code {min, max}} or an exact number</td><td>characters
 *       (trimmed, code points) or words are within the bounds</td></tr>
 *   <tr><td>levenshtein</td><td>text; else expected</td><td>edit distance ≤ threshold (default 5)</td></tr>
 *   <tr><td>similar</td><td>text; else expected</td><td>embedding cosine ≥ threshold (default 0.75);
 *       score = similarity</td></tr>
 *   <tr><td>label</td><td>label or list; else expected</td><td>the last {@code <label>} (or the whole
 *       output) equals it after normalizing case, whitespace and punctuation</td></tr>
 *   <tr><td>llm-rubric</td><td>rubric text</td><td>the judge passes it (or its score ≥ threshold);
 *       no judge is an error, never a silent default</td></tr>
 *   <tr><td>latency</td><td>—</td><td>latency ≤ threshold ms</td></tr>
 *   <tr><td>cost</td><td>—</td><td>cost ≤ threshold USD; unknown cost is an error</td></tr>
 * </table>
 *
 * <p>Every type also has a {@code not-} form, handled once in the registry: the verdict and score
 * are inverted, but an error (the check could not run) stays a failure. Binary types ignore the
 * threshold.
 */
package dev.promptsmith.eval.assertion;
