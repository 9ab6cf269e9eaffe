using ActorGraph.Analysis;

namespace ActorGraph.Export;

/// <summary>The timeline table as CSV, one row per period and ranked actor: <c>period,id,name,value,rank</c> (the long form
/// pandas and R read directly). Cells that look like formulas are neutralised as in every CSV export.</summary>
public static class TimelineCsv
{
    public const string ContentType = "text/csv";

    public static void Write(TextWriter writer, IEnumerable<TimelineRow> rows)
    {
        writer.WriteLine("period,id,name,value,rank");
        foreach (var r in rows)
            writer.WriteLine($"{r.Period},{GephiCsvWriter.Cell(r.Id)},{GephiCsvWriter.Cell(r.Name)},{(r.Value is { } v ? XmlExport.Number(v) : "")},{r.Rank}");
    }
}
