using System.Diagnostics;
using System.Text.RegularExpressions;
using ActorGraph.Tests.Cli;

namespace ActorGraph.Tests.Shipping;

/// <summary>
/// What <c>docker build</c> does, replayed on this machine without an engine: the build context is the repository
/// less .dockerignore, each stage gets a folder standing for its <c>/</c>, and WORKDIR, ARG, ENV, COPY (also
/// <c>--from</c> another stage; <c>--chown</c> is not replayed) and RUN are carried out in order, absolute paths mapped into the stage's folder.
/// The images' own tools (node, npm, dotnet) are this machine's.
/// </summary>
public sealed partial class DockerBuildReplay
{
    private readonly string _context;
    private readonly string _root;
    private readonly Dictionary<string, StageState> _stages = [];

    /// <summary>A stage's state after its instructions: its folder, working directory and environment.</summary>
    public sealed record StageState(string Root, string WorkingDirectory, IReadOnlyDictionary<string, string> Environment)
    {
        /// <summary>A path inside the stage (absolute, or relative to its WORKDIR) on this machine.</summary>
        public string Map(string path) => Path.GetFullPath(Path.Combine(path.StartsWith('/') ? Root : WorkingDirectory, path.TrimStart('/')));
    }

    /// <param name="repository">The folder <c>docker build</c> would be given.</param>
    /// <param name="scratch">An empty folder for the context copy and the stages.</param>
    public DockerBuildReplay(string repository, string scratch)
    {
        _root = scratch;
        _context = Path.Combine(scratch, "context");
        CleanCopy.AsDockerContext(repository, _context);
    }

    /// <summary>Runs the stages in order.</summary>
    public async Task<IReadOnlyList<StageState>> BuildAsync(IReadOnlyList<Stage> stages)
    {
        var built = new List<StageState>();
        foreach (var (stage, index) in stages.Select((s, i) => (s, i)))
        {
            var root = Path.Combine(_root, $"stage{index}");
            Directory.CreateDirectory(root);
            var state = new StageState(root, root, new Dictionary<string, string>());
            foreach (var instruction in stage.Instructions)
                state = await ApplyAsync(state, instruction);
            built.Add(state);
            _stages[stage.Name ?? index.ToString()] = state;
        }
        return built;
    }

    private async Task<StageState> ApplyAsync(StageState state, Instruction instruction)
    {
        switch (instruction.Keyword)
        {
            case "WORKDIR":
                var workdir = state.Map(instruction.Arguments);
                Directory.CreateDirectory(workdir);
                return state with { WorkingDirectory = workdir };
            case "ARG" or "ENV":
                var (name, value) = NameValue(instruction.Arguments);
                var environment = new Dictionary<string, string>(state.Environment) { [name] = value.StartsWith('/') ? state.Map(value) : value };
                return state with { Environment = environment };
            case "COPY":
                Copy(state, instruction.Words);
                return state;
            case "RUN":
                await RunAsync(state, instruction.Arguments);
                return state;
            default:
                return state;
        }
    }

    private void Copy(StageState state, string[] words)
    {
        var from = words.Where(w => w.StartsWith("--from=")).Select(w => _stages[w["--from=".Length..]]).FirstOrDefault();
        var paths = words.Where(w => !w.StartsWith("--")).ToArray();
        var (sources, destination) = (paths[..^1], paths[^1]);
        var target = state.Map(destination);
        foreach (var source in sources)
        {
            var path = from?.Map(source) ?? Path.Combine(_context, source);
            if (Directory.Exists(path)) CleanCopy.Directory(path, target, _ => false);
            else if (File.Exists(path))
            {
                var file = destination.EndsWith('/') || sources.Length > 1 ? Path.Combine(target, Path.GetFileName(path)) : target;
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.Copy(path, file, overwrite: true);
            }
            else throw new FileNotFoundException($"COPY {string.Join(' ', words)}: {source} is not in the {(from is null ? "build context" : "stage")}.");
        }
    }

    private static async Task RunAsync(StageState state, string command)
    {
        var info = new ProcessStartInfo("bash") { WorkingDirectory = state.WorkingDirectory };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(AbsolutePath().Replace(command, m => state.Root + m.Value));
        foreach (var (name, value) in state.Environment) info.Environment[name] = value;
        var run = await Executable.RunAsync(info, TimeSpan.FromMinutes(10));
        Assert.True(run.ExitCode == 0, $"RUN {command} failed ({run.ExitCode}):\n{run.Error}\n{run.Out}");
    }

    private static (string Name, string Value) NameValue(string arguments)
    {
        var equals = arguments.IndexOf('=');
        return equals < 0 ? (arguments, "") : (arguments[..equals], arguments[(equals + 1)..].Trim('"'));
    }

    /// <summary>An absolute path in a shell command: a slash at the start of a word or after <c>=</c>.</summary>
    [GeneratedRegex(@"(?<=^|[\s=])/(?=[\w.])")]
    private static partial Regex AbsolutePath();
}
