package dev.promptsmith.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: the same engine as the app, with JavaFX never loaded, for scripts and CI.
 * Exit codes: 0 success, 1 the project's target (or {@code --fail-under}) not met or problems
 * found, 2 bad usage, 3 an error that stopped the command.
 */
@Command(name = "promptsmith", mixinStandardHelpOptions = true, version = "Promptsmith 0.1",
        description = "Validate and evaluate Promptsmith projects; import, split and check their test cases;"
                + " report what they cost.",
        subcommands = {ValidateCommand.class, EvalCommand.class, CostCommand.class, AblateCommand.class, ExportCommand.class, ImportPromptCommand.class, ImportCommand.class,
                SplitCommand.class, CheckCommand.class})
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int NOT_MET = 1;
    public static final int USAGE = 2;
    public static final int ERROR = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line and returns its exit code; output goes to {@code out} and {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Cli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> ERROR);
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("Error: " + e.getMessage());
            return ERROR;
        });
        commandLine.setParameterExceptionHandler((e, args2) -> {
            e.getCommandLine().getErr().println(e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return USAGE;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
