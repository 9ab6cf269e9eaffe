using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ActorGraph.Tests.Cli;

/// <summary>
/// An ingest killed half-way (SIGKILL: the OOM killer, a power cut) on the real executable: the store is exactly as it
/// was before, and the next ingest works.
/// </summary>
public sealed partial class KilledIngestTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("actorgraph-killed-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task An_ingest_killed_with_SIGKILL_after_writing_batches_leaves_the_store_as_before_and_writable()
    {
        var db = Path.Combine(_directory, "store.db");
        Assert.Equal(0, (await Executable.RunAsync(_directory, "sample", "--db", db)).ExitCode);
        var before = await BadInputCliTests.StateAsync(db);
        // 800,000 relations (some 30 MB): far more than can be read before the kill on any machine this runs on.
        var big = Path.Combine(_directory, "big.csv");
        await using (var writer = new StreamWriter(big))
        {
            await writer.WriteLineAsync("source,target,relation,at,source_id");
            for (var i = 0; i < 800_000; i++)
                await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"a{i % 5000},b{i % 7919},TAGGED,2021-01-01,s{i}"));
        }

        using var ingest = Process.Start(Executable.StartInfo(_directory, "ingest", "edges", big, "--db", db))!;
        var output = ingest.StandardOutput.ReadToEndAsync();
        // Output to a pipe gets progress lines on stderr. The pipeline holds at most some 9,000 rows between reading
        // and writing, so 50,000 rows read means batches have been written into the open transaction.
        long rows = 0;
        while (rows < 50_000 && await ingest.StandardError.ReadLineAsync() is { } line)
            if (RowsRead().Match(line) is { Success: true } match) rows = long.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        ingest.Kill(); // SIGKILL on Linux: no handler, no clean-up.
        await ingest.WaitForExitAsync();
        Assert.True(rows >= 50_000, $"the ingest ended before it showed 50,000 rows read: {await output}");
        Assert.Equal(128 + 9, ingest.ExitCode);
        Assert.DoesNotContain("Ingested", await output);

        Assert.Equal(before, await BadInputCliTests.StateAsync(db));
        var one = Path.Combine(_directory, "one.csv");
        await File.WriteAllTextAsync(one, "source,target,relation,source_id\nsaskia-esken,ashton-kutcher,FOLLOWS,after-the-kill\n");
        var next = await Executable.RunAsync(_directory, "ingest", "edges", one, "--db", db);
        Assert.True(next.ExitCode == 0, next.Error);
        Assert.Contains("1 relations added", next.Out);
        Assert.NotEqual(before, await BadInputCliTests.StateAsync(db));
    }

    [GeneratedRegex(@"([\d,]+) rows read")]
    private static partial Regex RowsRead();
}
