using System.CommandLine;
using System.Text;
using ActorGraph.Extraction;
using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Cli;

/// <summary>
/// <c>actorgraph extract --actors ACTORS.tsv [--lang de|en|auto] FILE… [--format tsv|json] [--ingest] [--explain]</c>:
/// the relations plain-text articles state between known actors. TSV columns: source, relation, target, evidence,
/// confidence (and cue, explanation with <c>--explain</c>); <c>--ingest</c> also stores them, one document per file.
/// </summary>
internal static class ExtractCommand
{
    private static readonly Option<FileInfo> Actors = new("--actors") { Description = "TSV: canonical_name, kind, aliases (|-separated)[, id, gender]", Required = true };
    private static readonly Option<string> Lang = new("--lang") { Description = "de, en or auto (by frequent words)", DefaultValueFactory = _ => "auto" };
    private static readonly Option<string> Format = new("--format") { Description = "tsv or json", DefaultValueFactory = _ => "tsv" };
    private static readonly Option<bool> Ingest = new("--ingest") { Description = "Store the relations too (all files in one transaction)" };
    private static readonly Option<bool> Explain = new("--explain") { Description = "Show the cue that fired and how the actors were resolved" };
    private static readonly Argument<FileInfo[]> Files = new("files") { Description = "Plain-text articles (UTF-8)", Arity = ArgumentArity.OneOrMore };

    public static Command Create()
    {
        var command = new Command("extract", "Find the relations news articles state between known actors") { Actors, Lang, Format, Ingest, Explain, Files };
        command.SetGuardedAction(async (parse, ct) =>
        {
            var format = parse.GetValue(Format)!.ToLowerInvariant();
            if (format is not ("tsv" or "json")) throw new BadInputException($"--format: expected tsv or json, got '{format}'.");
            var language = parse.GetValue(Lang)!.ToLowerInvariant();
            if (language != "auto") CueLexicon.For(language);
            var actorsFile = parse.GetValue(Actors)!;
            if (!actorsFile.Exists) throw new BadInputException($"--actors {actorsFile}: no such file.");
            ActorLexicon lexicon;
            await using (var stream = actorsFile.OpenRead()) lexicon = ActorLexicon.Load(stream, actorsFile.ToString());
            var extractor = new RuleExtractor(lexicon);

            var found = new List<(FileInfo File, ExtractedRelation Relation)>();
            foreach (var file in parse.GetValue(Files)!)
            {
                if (!file.Exists) throw new BadInputException($"{file}: no such file.");
                var text = await File.ReadAllTextAsync(file.FullName, Encoding.UTF8, ct);
                found.AddRange(extractor.Extract(text, language).Select(r => (file, r)));
            }
            var explain = parse.GetValue(Explain);
            if (format == "json")
                CliJson.Write(found.Select(f => new { document = f.File.Name, f.Relation.Source, relation = f.Relation.Relation.ToName(), f.Relation.Target,
                    f.Relation.Evidence, f.Relation.Confidence, cue = explain ? f.Relation.Explanation : null }).ToList());
            else
            {
                Console.Out.WriteLine("source\trelation\ttarget\tevidence\tconfidence" + (explain ? "\texplanation" : ""));
                foreach (var (_, r) in found)
                    Console.Out.WriteLine($"{r.Source}\t{r.Relation.ToName()}\t{r.Target}\t{Cell(r.Evidence)}\t{r.Confidence:0.###}" + (explain ? $"\t{Cell(r.Explanation)}" : ""));
            }
            if (parse.GetValue(Ingest))
            {
                await using var store = await GlobalOptions.StoreSettings(parse).OpenAsync(ct);
                var elements = Elements(found, lexicon).ToAsyncEnumerable();
                var result = await store.IngestAsync(elements, new IngestOptions(false), ct);
                Console.Error.WriteLine($"Stored in {store.Kind}: {result.RelationsAdded:N0} relations added, {result.RelationsAlreadyStored:N0} already stored.");
            }
            return CliRunner.Ok;
        });
        return command;
    }

    /// <summary>Each file becomes an article document; the actors named in relations are written from the actors file.</summary>
    private static IEnumerable<SourcedElement> Elements(List<(FileInfo File, ExtractedRelation Relation)> found, ActorLexicon lexicon)
    {
        var used = found.SelectMany(f => new[] { f.Relation.Source, f.Relation.Target }).ToHashSet();
        foreach (var actor in lexicon.Actors.Where(a => used.Contains(a.Id)))
            yield return new SourcedElement(actor.IsDocument ? new Document(actor.Id, actor.Name) : new Actor(actor.Id, actor.Name, actor.Kind), "--actors", 0);
        foreach (var file in found.Select(f => f.File).DistinctBy(f => f.FullName))
            yield return new SourcedElement(new Document("article:" + ActorLexicon.Slug(Path.GetFileNameWithoutExtension(file.Name)), file.Name, DocumentKinds.Article), file.ToString(), 0);
        foreach (var (file, relation) in found)
            yield return new SourcedElement(relation.ToRelation("article:" + ActorLexicon.Slug(Path.GetFileNameWithoutExtension(file.Name)), "rules"), file.ToString(), 0);
    }

    /// <summary>One TSV cell: tabs and line breaks become spaces.</summary>
    private static string Cell(string text) => text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
