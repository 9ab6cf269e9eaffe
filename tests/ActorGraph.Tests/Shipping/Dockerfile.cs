using System.Text.Json;
using System.Text.RegularExpressions;

namespace ActorGraph.Tests.Shipping;

/// <summary>One instruction of a Dockerfile: <c>COPY web/ ./</c> is ("COPY", "web/ ./").</summary>
public sealed record Instruction(string Keyword, string Arguments)
{
    /// <summary>The arguments of the exec form <c>["dotnet", "x.dll"]</c> (after any <c>--option</c>s and a CMD keyword).</summary>
    public IReadOnlyList<string> ExecForm()
    {
        var json = Arguments[Arguments.IndexOf('[')..];
        return JsonSerializer.Deserialize<string[]>(json) ?? throw new InvalidOperationException($"{Keyword} {Arguments}: not the exec form.");
    }

    /// <summary>The words of <c>COPY [--from=x] src… dst</c>, options first.</summary>
    public string[] Words => Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>One <c>FROM image [AS name]</c> and the instructions under it.</summary>
public sealed record Stage(string Image, string? Name, IReadOnlyList<Instruction> Instructions)
{
    public IEnumerable<Instruction> All(string keyword) => Instructions.Where(i => i.Keyword == keyword);

    public Instruction? Last(string keyword) => Instructions.LastOrDefault(i => i.Keyword == keyword);
}

/// <summary>
/// A Dockerfile read into stages, with no Docker engine. It reads the subset the project's Dockerfile uses: comments,
/// line continuations, the shell form of RUN and the exec form of CMD, ENTRYPOINT and HEALTHCHECK.
/// </summary>
public static partial class Dockerfile
{
    public static IReadOnlyList<Stage> Parse(string text)
    {
        var stages = new List<Stage>();
        List<Instruction>? current = null;
        foreach (var line in LogicalLines(text))
        {
            var space = line.IndexOf(' ');
            var keyword = (space < 0 ? line : line[..space]).ToUpperInvariant();
            var arguments = space < 0 ? "" : line[(space + 1)..].Trim();
            if (keyword == "FROM")
            {
                var from = FromPattern().Match(arguments);
                current = [];
                stages.Add(new Stage(from.Groups["image"].Value, from.Groups["name"].Success ? from.Groups["name"].Value : null, current));
            }
            else
            {
                (current ?? throw new FormatException($"Dockerfile: {keyword} before the first FROM.")).Add(new Instruction(keyword, arguments));
            }
        }
        return stages;
    }

    private static IEnumerable<string> LogicalLines(string text)
    {
        var pending = "";
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.TrimStart().StartsWith('#')) continue;
            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }
            var whole = (pending + line).Trim();
            pending = "";
            if (whole.Length > 0) yield return whole;
        }
    }

    [GeneratedRegex(@"^(?<image>\S+)(\s+AS\s+(?<name>\S+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex FromPattern();
}
