using ActorGraph.Extraction;
using ActorGraph.Model;
using Xunit.Abstractions;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>
/// Precision, recall and F1 per relation type on labelled texts. Data/dev.txt was the first held-out set, then used to
/// fix the rules; Data/heldout.txt was written afterwards, and its first run led to two more fixes (figures in the
/// commit history); Data/unseen.txt was written after that and never used to change a rule. New unseen texts are the
/// honest measure: add them as a new file here before changing any rule.
/// </summary>
public sealed class HeldOutEvaluationTests(ITestOutputHelper output)
{
    private sealed record Labelled(string Id, string Text, HashSet<(string, RelationType, string)> Expected);

    private static List<Labelled> Load(string name)
    {
        var texts = new List<Labelled>();
        foreach (var line in File.ReadLines(ExtractionData.Path(name)))
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            if (line.StartsWith("=== ", StringComparison.Ordinal)) { texts.Add(new Labelled(line[4..], "", [])); continue; }
            var current = texts[^1];
            if (line.StartsWith("+ ", StringComparison.Ordinal))
            {
                var parts = line[2..].Split(' ');
                Assert.True(RelationTypes.TryParse(parts[1], out var type), $"bad relation in {line}");
                current.Expected.Add((parts[0], type, parts[2]));
            }
            else texts[^1] = current with { Text = current.Text + line + "\n" };
        }
        return texts;
    }

    /// <remarks>
    /// dev.txt and heldout.txt were used to fix the rules, so they must stay at the 0.8 goal. unseen.txt was written
    /// after the rules froze and run once without changes: its floor is what that run reached (LIKED found 1 of 2,
    /// F1 0.667; every other type 1.0), kept as the guard against regressions rather than tuned away.
    /// </remarks>
    [Theory]
    [InlineData("dev.txt", 0.8)]
    [InlineData("heldout.txt", 0.8)]
    [InlineData("unseen.txt", 0.65)]
    public void F1_reaches_its_floor_for_every_relation_type(string file, double floor)
    {
        var extractor = new RuleExtractor(ExtractionData.Actors("test-actors.tsv"));
        var counts = new Dictionary<RelationType, (int Tp, int Fp, int Fn)>();
        foreach (var text in Load(file))
        {
            var found = extractor.Extract(text.Text).Select(r => (r.Source, r.Relation, r.Target)).ToHashSet();
            foreach (var t in found.Union(text.Expected))
            {
                var c = counts.GetValueOrDefault(t.Item2);
                var inFound = found.Contains(t);
                var inExpected = text.Expected.Contains(t);
                counts[t.Item2] = (c.Tp + (inFound && inExpected ? 1 : 0), c.Fp + (inFound && !inExpected ? 1 : 0), c.Fn + (!inFound && inExpected ? 1 : 0));
                if (inFound != inExpected) output.WriteLine($"{text.Id}: {(inFound ? "false positive" : "missed")} {t.Item1} {t.Item2.ToName()} {t.Item3}");
            }
        }
        output.WriteLine($"{"relation",-11} {"tp",3} {"fp",3} {"fn",3} {"P",6} {"R",6} {"F1",6}");
        var f1 = new Dictionary<RelationType, double>();
        foreach (var (type, (tp, fp, fn)) in counts.OrderBy(c => c.Key))
        {
            double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp), r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            f1[type] = p + r == 0 ? 0 : 2 * p * r / (p + r);
            output.WriteLine($"{type.ToName(),-11} {tp,3} {fp,3} {fn,3} {p,6:0.000} {r,6:0.000} {f1[type],6:0.000}");
        }
        Assert.Equal([RelationType.Tagged, RelationType.RepliedTo, RelationType.Follows, RelationType.Liked, RelationType.Signed], f1.Keys.Order());
        Assert.All(f1, kv => Assert.True(kv.Value >= floor, $"{kv.Key.ToName()}: F1 {kv.Value:0.000} < {floor}"));
    }
}
