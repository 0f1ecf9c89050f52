/**
 * Portable prompt files: export a prompt variant to Microsoft Prompty, Google Dotprompt, a promptfoo
 * configuration, a Markdown review document or an OpenAI-style chat JSON file, and import those
 * formats back into prompt variants, models, examples and test cases.
 *
 * <p>{@link dev.promptsmith.export.promptfile.PromptFileFormats} is the entry point: it lists the
 * formats and runs an export or an import. Every exporter returns an
 * {@link dev.promptsmith.export.promptfile.ExportResult} (files by relative name, plus what could not
 * be carried over) and every importer an {@link dev.promptsmith.export.promptfile.ImportResult}
 * (records, plus problems naming file and line). What a format cannot express is always reported,
 * never dropped or mangled silently. Exports are deterministic and never contain API keys: only
 * model names and provider ids.
 */
package dev.promptsmith.export.promptfile;
