using System.CommandLine;
using ActorGraph.Storage;
using Spectre.Console;

namespace ActorGraph.Cli;

/// <summary>Runs the parsed command and turns failures into the documented exit codes: 0 ok, 2 bad input, 1 other failure.</summary>
internal static class CliRunner
{
    public const int Ok = 0, Failure = 1, BadInput = 2;

    public static async Task<int> InvokeAsync(RootCommand root, string[] args)
    {
        // Redirected output goes to files and grep: keep table rows on one line instead of wrapping at 80 columns.
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 1000;
        foreach (var option in GlobalOptions.All) root.Options.Add(option);
        BuildVersion.Replace(root);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine(error.Message);
            Console.Error.WriteLine("Run 'actorgraph --help' for usage.");
            return BadInput;
        }
        return await parsed.InvokeAsync();
    }

    /// <summary>
    /// A file argument as the user typed it and, when relative, the folder it was looked for in: "a.tsv (in /home/x)"
    /// says at once that the command ran somewhere else than the user thought.
    /// </summary>
    public static string AsTyped(this FileSystemInfo file) =>
        Path.IsPathRooted(file.ToString()) ? file.ToString() : $"{file} (in {Path.GetDirectoryName(file.FullName)})";

    /// <summary>Gives a verb that reads an open store, refusing one that does not exist; see <see cref="SetGuardedAction"/>.</summary>
    public static void SetStoreAction(this Command command, Func<ParseResult, IGraphStore, CancellationToken, Task<int>> action) =>
        command.SetGuardedAction(async (parse, ct) =>
        {
            await using var store = await GlobalOptions.StoreSettings(parse).RequireExisting().OpenAsync(ct);
            return await action(parse, store, ct);
        });

    /// <summary>Gives a verb that writes an open store, created when missing.</summary>
    public static void SetWritingStoreAction(this Command command, Func<ParseResult, IGraphStore, CancellationToken, Task<int>> action) =>
        command.SetGuardedAction(async (parse, ct) =>
        {
            await using var store = await GlobalOptions.StoreSettings(parse).OpenAsync(ct);
            return await action(parse, store, ct);
        });

    /// <summary>Maps a verb's exceptions to exit codes with a one-line message, never a stack trace.</summary>
    public static void SetGuardedAction(this Command command, Func<ParseResult, CancellationToken, Task<int>> action) =>
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                return await action(parse, ct);
            }
            catch (BadInputException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return BadInput;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failure the user did not cause (a corrupt file, a server down): the message, not a stack trace.
                Console.Error.WriteLine($"error: {e.Message}");
                return Failure;
            }
        });

    /// <summary>A Spectre table for terminals; plain text when the output is redirected keeps it greppable.</summary>
    public static Table Table(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns) table.AddColumn(new TableColumn(Markup.Escape(column)));
        return table;
    }

    public static void AddCells(this Table table, params object?[] cells) =>
        table.AddRow(cells.Select(c => Markup.Escape(c?.ToString() ?? "")).ToArray());
}
