using System.CommandLine;
using System.Text;
using ActorGraph.Extraction;
using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Cli;

/// <summary>
/// <c>actorgraph extract --actors ACTORS.tsv|FOLDER [--lang de|en|auto] FILE|FOLDER… [--format tsv|json] [--ingest] [--explain] [--mentions] [--pairs]</c>:
/// the relations articles state between known actors. Files are plain text or saved web pages (<c>.html</c>, main text
/// by <see cref="ArticleText"/>); a folder stands for its .txt and .html files. <c>--lang auto</c> decides per file.
/// <c>--actors</c> names one actors file for every article, or a folder with one per article (<c>NAME.tsv</c> for
/// <c>NAME.txt</c>), for collections annotated story by story.
/// TSV columns: source, relation, target, evidence, confidence, document (and the explanation with <c>--explain</c>);
/// JSON adds where the evidence starts in the text read and the spans of the two mentions and the cue words;
/// <c>--ingest</c> also stores them, one document per file. <c>--mentions</c> lists, instead of relations, each sentence with the
/// actors it mentions, whom pronouns and roles were resolved to, and its cues: why a relation was missed. <c>--text</c> prints
/// the text each file was read as (for a saved page, its article text), which the evidence sentences are part of.
/// <c>--pairs</c> lists each ordered pair of actors a sentence mentions with the features the learned pair scorer weighs
/// (<see cref="PairCandidate"/>), the input of <c>eval/extraction/train.py</c>.
/// </summary>
internal static class ExtractCommand
{
    private static readonly Option<FileInfo> Actors = new("--actors")
    {
        Description = "TSV: canonical_name, kind, aliases (|-separated)[, id, gender]; or a folder of them, NAME.tsv for the article NAME.txt/.html; without it, the stored actors (names, handles) and declarations",
    };
    private static readonly Option<string> Lang = new("--lang") { Description = "de, en or auto (by frequent words)", DefaultValueFactory = _ => "auto" };
    private static readonly Option<string> Format = new("--format") { Description = "tsv or json", DefaultValueFactory = _ => "tsv" };
    private static readonly Option<bool> Ingest = new("--ingest") { Description = "Store the relations too (all files in one transaction)" };
    private static readonly Option<bool> Explain = new("--explain") { Description = "Show the cue that fired and how the actors were resolved" };
    private static readonly Option<bool> MentionsOnly = new("--mentions") { Description = "List each sentence with the actors it mentions (pronouns and roles resolved) and its cues, instead of relations" };
    private static readonly Option<bool> PairsOnly = new("--pairs") { Description = "List each ordered pair of actors a sentence mentions with its features (the learned scorer's input), instead of relations" };
    private static readonly Option<bool> TextOnly = new("--text") { Description = "Print the text each file was read as (a saved page: its article text), instead of relations; needs no actors" };
    private static readonly Argument<FileInfo[]> Files = new("files") { Description = "Articles: plain text (UTF-8) or saved web pages (.html); a folder for all of its .txt and .html files", Arity = ArgumentArity.OneOrMore };

    public static Command Create()
    {
        var command = new Command("extract", "Find the relations news articles state between known actors") { Actors, Lang, Format, Ingest, Explain, MentionsOnly, PairsOnly, TextOnly, Files };
        command.SetGuardedAction(async (parse, ct) =>
        {
            var format = parse.GetValue(Format)!.ToLowerInvariant();
            if (format is not ("tsv" or "json")) throw new BadInputException($"--format: expected tsv or json, got '{format}'.");
            if (parse.GetValue(TextOnly))
            {
                if (parse.GetValue(Ingest) || parse.GetValue(MentionsOnly)) throw new BadInputException("--text prints what was read; it does not go with --ingest or --mentions.");
                await WriteTextsAsync(Articles(parse.GetValue(Files)!), format, ct);
                return CliRunner.Ok;
            }
            var language = parse.GetValue(Lang)!.ToLowerInvariant();
            if (language != "auto") CueLexicon.For(language);
            var lexiconFor = await LexiconsAsync(parse, ct);
            var extractors = new Dictionary<ActorLexicon, RuleExtractor>();

            var mentionsOnly = parse.GetValue(MentionsOnly);
            var pairsOnly = parse.GetValue(PairsOnly);
            if (mentionsOnly && parse.GetValue(Ingest)) throw new BadInputException("--mentions lists what was read; it stores nothing, so it does not go with --ingest.");
            if (pairsOnly && (mentionsOnly || parse.GetValue(Ingest))) throw new BadInputException("--pairs lists candidate pairs; it does not go with --mentions or --ingest.");

            var found = new List<(FileInfo File, ExtractedRelation Relation)>();
            var read = new List<(FileInfo File, IReadOnlyList<SentenceReport> Sentences)>();
            var pairs = new List<(FileInfo File, PairCandidate Pair)>();
            foreach (var file in Articles(parse.GetValue(Files)!))
            {
                var lexicon = lexiconFor(file);
                if (!extractors.TryGetValue(lexicon, out var extractor)) extractors[lexicon] = extractor = new RuleExtractor(lexicon);
                var text = ArticleText.Read(await File.ReadAllBytesAsync(file.FullName, ct), file.ToString());
                if (mentionsOnly) read.Add((file, extractor.Mentions(text, language)));
                else if (pairsOnly) pairs.AddRange(extractor.Pairs(text, language).Select(p => (file, p)));
                else found.AddRange(extractor.Extract(text, language, ct).Select(r => (file, r)));
            }
            if (mentionsOnly)
            {
                WriteMentions(read, format);
                return CliRunner.Ok;
            }
            if (pairsOnly)
            {
                WritePairs(pairs, format);
                return CliRunner.Ok;
            }
            var explain = parse.GetValue(Explain);
            if (format == "json")
                CliJson.Write(found.Select(f => new { document = f.File.Name, f.Relation.Source, relation = f.Relation.Relation.ToName(), f.Relation.Target,
                    f.Relation.Evidence, f.Relation.EvidenceStart, f.Relation.Confidence, cue = explain ? f.Relation.Explanation : null,
                    sourceMention = f.Relation.Locate(f.Relation.SourceMention), targetMention = f.Relation.Locate(f.Relation.TargetMention),
                    cueWords = f.Relation.CueWords.Select(f.Relation.Locate).ToList() }).ToList());
            else
            {
                Console.Out.WriteLine("source\trelation\ttarget\tevidence\tconfidence\tdocument" + (explain ? "\texplanation" : ""));
                foreach (var (file, r) in found)
                    Console.Out.WriteLine($"{r.Source}\t{r.Relation.ToName()}\t{r.Target}\t{Cell(r.Evidence)}\t{r.Confidence:0.###}\t{file.Name}" + (explain ? $"\t{Cell(r.Explanation)}" : ""));
            }
            if (parse.GetValue(Ingest))
            {
                await using var store = await GlobalOptions.StoreSettings(parse).OpenAsync(ct);
                var elements = Elements(found, extractors.Keys).ToAsyncEnumerable();
                var result = await store.IngestAsync(elements, new IngestOptions(false), ct);
                Console.Error.WriteLine($"Stored in {store.Kind}: {result.RelationsAdded:N0} relations added, {result.RelationsAlreadyStored:N0} already stored.");
            }
            return CliRunner.Ok;
        });
        return command;
    }

    /// <summary>The actors to look for in each article: the stored ones, one actors file's, or the article's own file in a folder.</summary>
    private static async Task<Func<FileInfo, ActorLexicon>> LexiconsAsync(ParseResult parse, CancellationToken ct)
    {
        if (parse.GetValue(Actors) is not { } actors)
        {
            await using var store = await GlobalOptions.StoreSettings(parse).RequireExisting().OpenAsync(ct);
            var stored = await StoredLexicon.LoadAsync(store, ct);
            return stored.Actors.Count > 0 ? _ => stored
                : throw new BadInputException("The store holds no actors to look for: pass --actors FILE, or ingest actors first.");
        }
        if (Directory.Exists(actors.FullName))
        {
            var loaded = new Dictionary<string, ActorLexicon>();
            return article =>
            {
                var path = Path.Combine(actors.FullName, Path.GetFileNameWithoutExtension(article.Name) + ".tsv");
                if (!loaded.TryGetValue(path, out var lexicon))
                {
                    if (!File.Exists(path)) throw new BadInputException($"--actors {actors}: no {Path.GetFileName(path)} for the article {article}.");
                    loaded[path] = lexicon = Load(new FileInfo(path));
                }
                return lexicon;
            };
        }
        if (!actors.Exists) throw new BadInputException($"--actors {actors.AsTyped()}: no such file or folder.");
        var one = Load(actors);
        return _ => one;
    }

    private static ActorLexicon Load(FileInfo file)
    {
        using var stream = file.OpenRead();
        return ActorLexicon.Load(stream, file.ToString());
    }

    /// <summary>TSV: one row per sentence (mentions as <c>words=actor</c>, <c>?</c> when unresolved); JSON: the sentences with their mentions.</summary>
    private static void WriteMentions(List<(FileInfo File, IReadOnlyList<SentenceReport> Sentences)> read, string format)
    {
        if (format == "json")
        {
            CliJson.Write(read.SelectMany(f => f.Sentences.Select(s => new { document = f.File.Name, sentence = s.Index, s.Start, s.Text, s.Mentions, s.Cues })).ToList());
            return;
        }
        Console.Out.WriteLine("document\tsentence\tstart\tmentions\tcues\ttext");
        foreach (var (file, sentences) in read)
            foreach (var s in sentences)
                Console.Out.WriteLine($"{file.Name}\t{s.Index}\t{s.Start}\t{Cell(string.Join("; ", s.Mentions.Select(m => $"{m.Text}={m.Actor ?? "?"}" + (m.Via.Length > 0 ? $" ({m.Via})" : ""))))}\t{Cell(string.Join("; ", s.Cues))}\t{Cell(s.Text)}");
    }

    /// <summary>One row (TSV) or object (JSON) per candidate pair: where its sentence is, the two actors, the types the rules found, the features.</summary>
    private static void WritePairs(List<(FileInfo File, PairCandidate Pair)> pairs, string format)
    {
        if (format == "json")
        {
            CliJson.Write(pairs.Select(p => new { document = p.File.Name, sentence = p.Pair.Sentence, start = p.Pair.SentenceStart, source = p.Pair.Source, target = p.Pair.Target,
                rules = p.Pair.RuleTypes.Select(t => t.ToName()).ToList(), features = p.Pair.Features, evidence = p.Pair.Evidence }).ToList());
            return;
        }
        Console.Out.WriteLine("document\tsentence\tsource\ttarget\trules\tfeatures\tevidence");
        foreach (var (file, p) in pairs)
            Console.Out.WriteLine($"{file.Name}\t{p.Sentence}\t{p.Source}\t{p.Target}\t{string.Join(' ', p.RuleTypes.Select(t => t.ToName()))}\t{string.Join(' ', p.Features)}\t{Cell(p.Evidence)}");
    }

    /// <summary>JSON: each file with its text; otherwise the texts, each after a <c>==> FILE &lt;==</c> line when there are several.</summary>
    private static async Task WriteTextsAsync(IEnumerable<FileInfo> files, string format, CancellationToken ct)
    {
        var texts = new List<(FileInfo File, string Text)>();
        foreach (var file in files) texts.Add((file, ArticleText.Read(await File.ReadAllBytesAsync(file.FullName, ct), file.ToString())));
        if (format == "json")
        {
            CliJson.Write(texts.Select(t => new { document = t.File.ToString(), t.Text }).ToList());
            return;
        }
        foreach (var (file, text) in texts)
        {
            if (texts.Count > 1) Console.Out.WriteLine($"==> {file} <==");
            Console.Out.WriteLine(text);
        }
    }

    /// <summary>Each file becomes an article document; the actors named in relations are written from the actors files (the first file naming an id wins).</summary>
    private static IEnumerable<SourcedElement> Elements(List<(FileInfo File, ExtractedRelation Relation)> found, IEnumerable<ActorLexicon> lexicons)
    {
        var used = found.SelectMany(f => new[] { f.Relation.Source, f.Relation.Target }).ToHashSet();
        foreach (var actor in lexicons.SelectMany(l => l.Actors).Where(a => used.Contains(a.Id)).DistinctBy(a => a.Id))
            yield return new SourcedElement(actor.IsDocument ? new Document(actor.Id, actor.Name) : new Actor(actor.Id, actor.Name, actor.Kind), "--actors", 0);
        foreach (var file in found.Select(f => f.File).DistinctBy(f => f.FullName))
            yield return new SourcedElement(new Document("article:" + ActorLexicon.Slug(Path.GetFileNameWithoutExtension(file.Name)), file.Name, DocumentKinds.Article), file.ToString(), 0);
        foreach (var (file, relation) in found)
            yield return new SourcedElement(relation.ToRelation("article:" + ActorLexicon.Slug(Path.GetFileNameWithoutExtension(file.Name)), "rules"), file.ToString(), 0);
    }

    /// <summary>The files named, a folder standing for its .txt, .html and .htm files (all levels, in name order).</summary>
    private static IEnumerable<FileInfo> Articles(FileInfo[] arguments)
    {
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument.FullName))
            {
                var files = Directory.EnumerateFiles(argument.FullName, "*", SearchOption.AllDirectories)
                    .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".txt" or ".html" or ".htm").Order(StringComparer.Ordinal).ToList();
                if (files.Count == 0) throw new BadInputException($"{argument}: no .txt or .html files in the folder.");
                foreach (var f in files) yield return new FileInfo(f);
            }
            else if (argument.Exists) yield return argument;
            else throw new BadInputException($"{argument.AsTyped()}: no such file or folder.");
        }
    }

    /// <summary>One TSV cell: tabs and line breaks become spaces.</summary>
    private static string Cell(string text) => text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
