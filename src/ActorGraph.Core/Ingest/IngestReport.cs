using System.Globalization;
using ActorGraph.Model;

namespace ActorGraph.Ingest;

/// <summary>A line a reader could not use (cut off, not JSON, a bad value): skipped and listed in the summary; refused with <c>--strict</c>.</summary>
public sealed record SkippedLine(string Reason) : IGraphElement;

/// <summary>A count a reader reports for the summary at the end of an ingest, e.g. 2,318,004 "tweets read".</summary>
public sealed record ReadCount(string What, long Count) : IGraphElement;

/// <summary>
/// What the readers noticed besides graph data, gathered while their elements stream to the store: counts and skipped
/// lines, told at the end ("2,318,004 tweets read; 1 line skipped: big.jsonl:2,318,005 cut off; 6 accounts unknown").
/// With <c>strict</c> the first skipped line refuses the whole ingest instead.
/// </summary>
public sealed class IngestReport
{
    private const int LinesListed = 10;
    private readonly Dictionary<string, long> _counts = [];
    private readonly List<string> _order = [];
    private readonly List<string> _skipped = [];
    private long _skippedCount;

    public long Skipped => _skippedCount;

    public long Count(string what) => _counts.GetValueOrDefault(what);

    /// <summary>The graph elements of <paramref name="elements"/>; the rest is taken into the report.</summary>
    public IEnumerable<SourcedElement> Watch(IEnumerable<SourcedElement> elements, bool strict)
    {
        foreach (var item in elements)
        {
            switch (item.Element)
            {
                case SkippedLine skipped when strict:
                    throw new IngestException(item.File, item.Line, null, $"{skipped.Reason} (damaged input is refused; the CLI without --strict skips such lines and lists them)");
                case SkippedLine skipped:
                    if (_skippedCount++ < LinesListed) _skipped.Add($"{item.File}:{item.Line.ToString("N0", CultureInfo.InvariantCulture)} {skipped.Reason}");
                    break;
                case ReadCount count:
                    Add(count.What, count.Count);
                    break;
                default:
                    yield return item;
                    break;
            }
        }
    }

    /// <summary>Adds to a count (less, with a negative one: what the store knew better than the reader).</summary>
    public void Add(string what, long count)
    {
        if (!_counts.ContainsKey(what)) _order.Add(what);
        _counts[what] = _counts.GetValueOrDefault(what) + count;
    }

    /// <summary>One line for the user, or null when the readers reported nothing.</summary>
    public string? Summary()
    {
        var parts = _order.Where(w => _counts[w] > 0 || _order.IndexOf(w) == 0)
            .Select(w => $"{_counts[w].ToString("N0", CultureInfo.InvariantCulture)} {w}").ToList();
        if (_skippedCount > 0)
        {
            var listed = string.Join("; ", _skipped) + (_skippedCount > LinesListed ? $"; and {_skippedCount - LinesListed:N0} more" : "");
            parts.Insert(Math.Min(1, parts.Count), $"{_skippedCount:N0} line{(_skippedCount == 1 ? "" : "s")} skipped ({listed})");
        }
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
