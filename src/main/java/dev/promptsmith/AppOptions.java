package dev.promptsmith;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Command-line options of the desktop app.
 *
 * @param project the project folder to open, or null for the last one opened (else the default sample)
 * @param screenshot where to save a PNG of the main window once the project has loaded (and, with
 *                   {@code run}, once the run has finished); the app then exits
 * @param run with a screenshot: run the first prompt on all test cases before taking it
 * @param startupBenchmark print the time from JVM start to the first frame, then exit
 * @param tab with a screenshot: the results panel tab to show (results, runs, charts, cost), or null
 * @param table with a screenshot: the data table to open in the editor (examples, tests), or null
 */
public record AppOptions(Path project, Path screenshot, boolean run, boolean startupBenchmark, String tab, String table) {

    /** The results panel tabs a screenshot can show. */
    public static final List<String> TABS = List.of("results", "runs", "charts", "cost");

    public AppOptions(Path project, Path screenshot, boolean run, boolean startupBenchmark) {
        this(project, screenshot, run, startupBenchmark, null, null);
    }

    public static final String USAGE = """
            Usage: promptsmith [PROJECT_DIR] [--screenshot=FILE.png] [--run] [--startup-benchmark]
              PROJECT_DIR          project folder to open (default: the last one, else the sample project)
              --screenshot=FILE    save a PNG of the main window once the project has loaded, then exit
              --run                with --screenshot: compare every prompt variant on the dev test cases first
              --tab=NAME           with --screenshot: show this results tab (results, runs, charts, cost)
              --table=NAME         with --screenshot: open this data table in the editor (examples, tests)
              --startup-benchmark  print milliseconds from JVM start to the first frame, then exit
            Through Maven: mvn javafx:run -Djavafx.args="sample-projects/support-triage --screenshot=shot.png --run"
            """;

    /** Parses {@code args}; an unknown option or a second folder is an error naming it. */
    public static AppOptions parse(List<String> args) {
        Path project = null;
        Path screenshot = null;
        boolean run = false;
        boolean benchmark = false;
        String tab = null;
        String table = null;
        for (String arg : args) {
            if (arg.isBlank()) {
                continue;
            }
            if (arg.startsWith("--screenshot=")) {
                screenshot = Path.of(arg.substring("--screenshot=".length()));
            } else if (arg.startsWith("--tab=")) {
                tab = arg.substring("--tab=".length());
                if (!TABS.contains(tab)) {
                    throw new IllegalArgumentException("--tab must be one of " + TABS + ", not '" + tab + "'");
                }
            } else if (arg.startsWith("--table=")) {
                table = arg.substring("--table=".length());
                if (!List.of("examples", "tests").contains(table)) {
                    throw new IllegalArgumentException("--table must be examples or tests, not '" + table + "'");
                }
            } else if (arg.equals("--run")) {
                run = true;
            } else if (arg.equals("--startup-benchmark")) {
                benchmark = true;
            } else if (arg.startsWith("-")) {
                throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
            } else if (project == null) {
                project = Path.of(arg);
            } else {
                throw new IllegalArgumentException("Only one project folder can be opened, got " + project + " and " + arg);
            }
        }
        if (run && screenshot == null) {
            throw new IllegalArgumentException("--run only works with --screenshot\n" + USAGE);
        }
        if (tab != null && screenshot == null) {
            throw new IllegalArgumentException("--tab only works with --screenshot\n" + USAGE);
        }
        if (table != null && screenshot == null) {
            throw new IllegalArgumentException("--table only works with --screenshot\n" + USAGE);
        }
        return new AppOptions(project, screenshot, run, benchmark, tab, table);
    }

    public Optional<Path> screenshotFile() {
        return Optional.ofNullable(screenshot);
    }
}
