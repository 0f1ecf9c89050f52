/**
 * Persistence of runs, results, prompt versions and the response cache, in SQLite files under a
 * project's {@code .promptsmith/} folder (never committed).
 *
 * <ul>
 *   <li>{@code results.db} ({@link dev.promptsmith.store.ResultsStore}): run history. Each cell is
 *       committed on its own; with WAL and {@code synchronous=NORMAL} a commit costs tens of
 *       microseconds (no fsync), so 10,000 cells take well under a second and a killed process loses
 *       only the calls in flight. A power cut may lose the last commits, never consistency.</li>
 *   <li>{@code cache.db} ({@link dev.promptsmith.store.ResponseCache}): a file of its own because it
 *       is disposable and grows with every distinct call; it can be deleted, or moved aside when
 *       damaged, without touching the results, and its writes never wait on the results' writer.</li>
 * </ul>
 *
 * Both files carry a {@code schema_version} table; migrations run on open. A file from a newer
 * schema, or one that is not a database, is reported as a {@link dev.promptsmith.store.StoreException}
 * naming the file, and left exactly as it was: the store never deletes data.
 * {@link dev.promptsmith.store.DatabaseFiles#moveAside} is what a caller offers instead.
 */
package dev.promptsmith.store;
