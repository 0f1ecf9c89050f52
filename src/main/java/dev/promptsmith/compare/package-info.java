/**
 * The engine behind the side-by-side comparison view, free of JavaFX so the view, the command line
 * and the tests share it.
 *
 * <ul>
 *   <li>{@code compare.diff}: what changed between two outputs, word by word
 *       ({@link dev.promptsmith.compare.diff.WordDiff}) or key by key for JSON
 *       ({@link dev.promptsmith.compare.diff.JsonDiff}), and JSON pretty-printing for display.</li>
 *   <li>{@code compare.grid}: the results grid as plain data (rows of test cases, a cell per
 *       column), composable filters and sorts, agreement across repeats, and export of what is on
 *       screen through the report writers.</li>
 *   <li>{@code compare.history}: past runs with their column summaries, and two runs compared
 *       case by case (regressions first) with a paired significance verdict.</li>
 * </ul>
 */
package dev.promptsmith.compare;
