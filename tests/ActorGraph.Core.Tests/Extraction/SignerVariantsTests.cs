using ActorGraph.Extraction;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>
/// The robustness suite for SIGNED (issue 13): every shape the signer rules claim to handle, written several ways — other
/// verbs and their inflections, passive and active, the list before or after the verb, the document named by a generic
/// noun or in the sentence before, titles, parties, places, one name per line, lists over several sentences, initials and
/// hyphenated names, footnote marks, tables flattened to text (<c>\t</c> in a row), states and organisations as signers,
/// counted groups with named leaders — and the guards (addressees, refusals, plans, demands, critics, outlets). Sentences
/// and people are invented for it (Data/signer-variants.tsv).
/// </summary>
public sealed class SignerVariantsTests
{
    private sealed record Case(int Row, string Class, string Language, string Document, string Text, string[] Expected);

    private static readonly Lazy<List<Case>> Cases = new(() => File.ReadLines(ExtractionData.Path("signer-variants.tsv")).Skip(1)
        .Select((line, i) => (Line: line, Row: i + 2)).Where(l => l.Line.Length > 0).Select(l => l.Line.Split('\t') is [var cls, var lang, var document, var text, var expected]
            ? new Case(l.Row, cls, lang, document, text.Replace("\\n", "\n").Replace("\\t", "\t"), expected == "-" ? [] : expected.Split(' '))
            : throw new FormatException($"signer-variants.tsv line {l.Row}: expected class, lang, document, text, expected")).ToList());

    private static readonly Lazy<ActorLexicon> Everyone = new(() => ExtractionData.Actors("signer-variants-actors.tsv"));

    public static TheoryData<int> Rows() => [.. Cases.Value.Select(c => c.Row)];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_signing_shape_written_another_way_gives_exactly_its_signers(int row)
    {
        var c = Cases.Value.Single(x => x.Row == row);
        // One document per text, as in an article about one letter: the others would compete for "the letter". "*" keeps them
        // all, for a text about a letter that names a bill it speaks of; every signer is then written "signer>document".
        var extractor = new RuleExtractor(new ActorLexicon(Everyone.Value.Actors.Where(a => !a.IsDocument || c.Document == "*" || a.Id == c.Document).ToList()));
        var signers = extractor.Extract(c.Text, c.Language).Where(r => r.Relation == RelationType.Signed)
            .Select(r => r.Target == c.Document ? r.Source : $"{r.Source}>{r.Target}").Order().ToList();
        Assert.True(c.Expected.Order().SequenceEqual(signers), $"[{c.Class}] {c.Text}\nexpected: {string.Join(' ', c.Expected.Order())}\nfound:    {string.Join(' ', signers)}");
    }
}
