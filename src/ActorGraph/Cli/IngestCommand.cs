using System.CommandLine;
using System.Diagnostics;
using ActorGraph.Ingest;
using ActorGraph.Model;
using ActorGraph.Storage;
using Spectre.Console;

namespace ActorGraph.Cli;

internal static class IngestCommand
{
    private static readonly Argument<string> Format = new("format")
    {
        Description = $"Input format: {string.Join(", ", IngestFormats.All.Select(f => f.Name))}",
    };

    private static readonly Argument<FileInfo[]> Files = new("files") { Description = "Files to ingest, all in one transaction", Arity = ArgumentArity.OneOrMore };

    private static readonly Option<string?> Relation = new("--relation") { Description = $"Relation type for rows that name none ({RelationTypes.AllNames})" };

    private static readonly Option<FileInfo?> Map = new("--map") { Description = "x-*: CSV handle,actor linking X handles to actor ids (x:eskenja,saskia-esken)" };

    private static readonly Option<string?> User = new("--user") { Description = "x-following: whose following list; x-likes: the liked tweet's author (else taken from the file name)" };

    private static readonly Option<string?> Tweet = new("--tweet") { Description = "x-likes: the liked tweet's id (else taken from the file name AUTHOR.ID.liking_users.json)" };

    private static readonly Option<bool> Strict = new("--strict") { Description = "Reject rows naming unknown actors instead of creating them, and damaged lines instead of skipping them" };

    /// <summary>Files smaller than this ingest in well under a second: no progress shown.</summary>
    private const long ProgressBarBytes = 16L * 1024 * 1024;

    public static Command Create()
    {
        var command = new Command("ingest", "Load files into the store; bad input changes nothing (exit code 2)") { Format, Files, Relation, Map, User, Tweet, Strict };
        command.SetWritingStoreAction(async (parse, store, ct) =>
        {
            var format = IngestFormats.Find(parse.GetValue(Format)!);
            var options = new ReaderOptions(ParseRelation(parse.GetValue(Relation)), LoadMap(parse.GetValue(Map)), parse.GetValue(User), parse.GetValue(Tweet));
            var files = parse.GetValue(Files)!;
            foreach (var file in files)
                if (!file.Exists) throw new BadInputException($"{file.AsTyped()}: no such file.");

            var strict = parse.GetValue(Strict);
            var report = new IngestReport();
            var input = new InputFiles(files, format, options);
            var elements = report.Watch(input.Read(), strict).ToAsyncEnumerable();
            var clock = Stopwatch.StartNew();
            Func<double>? shareRead = input.TotalBytes > 0 ? () => (double)input.BytesRead / input.TotalBytes : null;
            var result = input.TotalBytes < ProgressBarBytes ? await store.IngestAsync(elements, new IngestOptions(strict, ShareRead: shareRead), ct)
                : !Console.IsOutputRedirected
                ? await AnsiConsole.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(async ctx =>
                    {
                        var task = ctx.AddTask("ingesting", maxValue: input.TotalBytes);
                        var progress = new Progress<long>(_ => task.Value = input.BytesRead);
                        return await store.IngestAsync(elements, new IngestOptions(strict, progress, shareRead), ct);
                    })
                : await store.IngestAsync(elements, new IngestOptions(strict, ProgressLines(input), shareRead), ct);
            var seconds = clock.Elapsed.TotalSeconds;
            var rows = result.RelationsAdded + result.RelationsAlreadyStored + result.ActorsWritten + result.DocumentsWritten;
            Console.Out.WriteLine(
                $"Ingested {files.Length} file(s) into {store.Kind}: {result.RelationsAdded:N0} relations added, " +
                $"{result.RelationsAlreadyStored:N0} already stored, {result.ActorsWritten:N0} actors and {result.DocumentsWritten:N0} documents written " +
                $"in {seconds:0.0} s ({rows / Math.Max(seconds, 1e-3):N0} rows/s).");
            // An account the file knows only by number that an earlier ingest named is not unknown: the store knew it.
            if (report.Count(XTweetsReader.AccountsUnknown) > 0)
                report.Add(XTweetsReader.AccountsUnknown, -result.NamedEarlier.Count(a => a.From.StartsWith("x:id:", StringComparison.Ordinal)));
            if (report.Summary() is { } summary) Console.Out.WriteLine($"Read: {summary}.");
            if (result.Named.Count > 0) Console.Out.WriteLine(Accounts(result.Named, "named"));
            if (result.NamedEarlier.Count > 0) Console.Out.WriteLine(Accounts(result.NamedEarlier, "named by an earlier ingest (their relations go to that account)"));
            return CliRunner.Ok;
        });
        return command;
    }

    /// <summary>Where no progress bar can be drawn (output to a log or a pipe): a line on stderr at most every second.</summary>
    private static Progress<long> ProgressLines(InputFiles input)
    {
        var clock = Stopwatch.StartNew();
        long next = 1000;
        return new Progress<long>(rows =>
        {
            var now = clock.ElapsedMilliseconds;
            var due = Interlocked.Read(ref next);
            if (now < due || Interlocked.CompareExchange(ref next, now + 1000, due) != due) return;
            Console.Error.WriteLine($"ingesting: {100.0 * input.BytesRead / input.TotalBytes:0}% ({input.BytesRead:N0} of {input.TotalBytes:N0} bytes), {rows:N0} rows read");
        });
    }

    /// <summary>"3 accounts named: x:id:9006 → @ghost_fict, …": ids whose relations belong to the named account.</summary>
    private static string Accounts(IReadOnlyList<ActorAlias> named, string how)
    {
        const int listed = 10;
        static string Account(string id) => id.StartsWith("x:", StringComparison.Ordinal) && !id.StartsWith("x:id:", StringComparison.Ordinal) ? "@" + id[2..] : id;
        var list = string.Join(", ", named.Take(listed).Select(a => $"{a.From} → {Account(a.To)}"));
        return $"{named.Count:N0} account{(named.Count == 1 ? "" : "s")} {how}: {list}{(named.Count > listed ? $", and {named.Count - listed:N0} more" : "")}.";
    }

    private static XHandles LoadMap(FileInfo? file)
    {
        if (file is null) return XHandles.Empty();
        if (!file.Exists) throw new BadInputException($"--map {file.AsTyped()}: no such file.");
        using var stream = file.OpenRead();
        return XHandles.Load(stream, file.ToString());
    }

    private static RelationType? ParseRelation(string? text) =>
        text is null ? null
        : RelationTypes.TryParse(text, out var type) ? type
        : throw new BadInputException($"--relation: expected one of {RelationTypes.AllNames}, got '{text}'.");

    /// <summary>The files read one after another as one stream of elements, with the bytes read so far for the progress bar.</summary>
    private sealed class InputFiles(FileInfo[] files, IngestFormat format, ReaderOptions options)
    {
        private long _bytesBefore;
        private FileStream? _current;

        public long TotalBytes { get; } = files.Sum(f => f.Length);

        public long BytesRead => _bytesBefore + (_current?.Position ?? 0);

        public IEnumerable<SourcedElement> Read()
        {
            foreach (var file in files)
            {
                using (_current = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
                {
                    foreach (var element in format.Read(_current, file.ToString(), options)) yield return element;
                    _bytesBefore += _current.Length;
                }
                _current = null;
            }
        }
    }
}
