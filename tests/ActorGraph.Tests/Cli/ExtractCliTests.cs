using System.Text.Json.Nodes;

namespace ActorGraph.Tests.Cli;

/// <summary>The extract verb and the X formats of the ingest verb, run as the real executable.</summary>
public sealed class ExtractCliTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("actorgraph-extract-").FullName;

    private const string Actors = "canonical_name\tkind\taliases\tgender\nAnna Berger\tperson\t@annaberger_fict\tf\nMarkus Hahn\tperson\t\tm\n";

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private Task<Executable.Run> Run(params string[] args) => Executable.RunAsync(_directory, args);

    private string File(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Extract_prints_tsv_rows_with_evidence_and_explains_the_cue()
    {
        var article = File("a.txt", "Anna Berger markierte Markus Hahn am Montag. Hahn reagierte nicht.\n");

        var run = await Run("extract", "--actors", File("actors.tsv", Actors), article, "--explain");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.TrimEnd().Split('\n');
        Assert.Equal("source\trelation\ttarget\tevidence\tconfidence\tdocument\texplanation", lines[0]);
        var row = Assert.Single(lines.Skip(1)).Split('\t');
        Assert.Equal(["anna-berger", "TAGGED", "markus-hahn", "Anna Berger markierte Markus Hahn am Montag."], row[..4]);
        Assert.Equal("a.txt", row[5]);
        Assert.Contains("markierte", row[6]);
    }

    [Fact]
    public async Task Extract_without_actors_looks_for_the_stored_actors_and_refuses_an_empty_store()
    {
        var article = File("s.txt", "Markus Hahn replied to Anna Berger on Monday.\n");
        Assert.Equal(0, (await Run("ingest", "documents", File("documents.csv", "id,title,kind\nd1,An article,article\n"))).ExitCode);
        var empty = await Run("extract", article);
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("--actors", empty.Error);

        var actors = File("actors.csv", "id,name,kind\nanna-berger,Anna Berger,person\nmarkus-hahn,Markus Hahn,person\n");
        Assert.Equal(0, (await Run("ingest", "actors", actors)).ExitCode);
        var run = await Run("extract", article);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["markus-hahn", "REPLIED_TO", "anna-berger"], run.Out.TrimEnd().Split('\n')[1].Split('\t')[..3]);
    }

    [Fact]
    public async Task Extract_with_ingest_stores_the_relations_with_their_article()
    {
        var article = File("b.txt", "Markus Hahn replied to Anna Berger on Monday.\n");

        Assert.Equal(0, (await Run("extract", "--actors", File("actors.tsv", Actors), "--lang", "en", "--format", "json", "--ingest", article)).ExitCode);
        var relations = await Run("relations", "markus-hahn");

        Assert.Equal(0, relations.ExitCode);
        var row = Assert.Single(relations.Out.Split('\n'), l => l.Contains("REPLIED_TO"));
        Assert.Contains("anna-berger", row);
        Assert.Contains("article:b", row);
    }

    [Fact]
    public async Task Extract_reads_a_folder_of_text_and_saved_pages_each_in_its_own_language()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "articles")).FullName;
        System.IO.File.WriteAllText(Path.Combine(folder, "de.txt"), "Anna Berger markierte Markus Hahn am Montag in einem Post über Radwege.\n");
        System.IO.File.WriteAllText(Path.Combine(folder, "en.html"), """
            <html><head><script>var s = "Anna Berger liked a post by Markus Hahn";</script></head><body>
            <nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
            <article><h1>Cycle lanes</h1><p>Markus Hahn replied to Anna Berger on Twitter late on Monday, after a long day of debate about cycle lanes in the city.</p>
            <p>The exchange was the latest in a series of posts about the city's plans, which both politicians have argued about for months now.</p></article>
            <aside class="teaser"><p>Read also: Anna Berger followed Markus Hahn on Instagram.</p></aside>
            <div id="comments"><p>Anna Berger replied to Markus Hahn: no.</p></div></body></html>
            """);

        var run = await Run("extract", "--actors", File("actors.tsv", Actors), folder, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var found = JsonNode.Parse(run.Out)!.AsArray();
        var rows = found.Select(r => $"{r!["document"]} {r["source"]} {r["relation"]} {r["target"]}").ToList();
        Assert.Equal(["de.txt anna-berger TAGGED markus-hahn", "en.html markus-hahn REPLIED_TO anna-berger"], rows);
        // Each span names its words, where they stand in the evidence, and where in the text read (the page's main text).
        var reply = found[1]!;
        string Words(JsonNode? at)
        {
            Assert.Equal((int)reply["evidenceStart"]! + (int)at!["start"]!, (int)at["articleStart"]!);
            return ((string)reply["evidence"]!).Substring((int)at["start"]!, (int)at["length"]!);
        }
        Assert.Equal(["Markus Hahn", "Anna Berger", "replied"], [Words(reply["sourceMention"]), Words(reply["targetMention"]), Words(reply["cueWords"]![0])]);
    }

    [Fact]
    public async Task Extract_with_a_folder_of_actors_files_looks_in_each_article_for_its_own_actors()
    {
        var articles = Directory.CreateDirectory(Path.Combine(_directory, "stories")).FullName;
        var actors = Directory.CreateDirectory(Path.Combine(_directory, "story-actors")).FullName;
        // Both stories name both people; each story's actors file knows only one pair, so a shared lexicon would find more.
        const string text = "Anna Berger replied to Markus Hahn on Monday. Lena Vogt replied to Jonas Weber on Tuesday.\n";
        System.IO.File.WriteAllText(Path.Combine(articles, "one.txt"), text);
        System.IO.File.WriteAllText(Path.Combine(articles, "two.txt"), text);
        System.IO.File.WriteAllText(Path.Combine(actors, "one.tsv"), Actors);
        System.IO.File.WriteAllText(Path.Combine(actors, "two.tsv"), "canonical_name\tkind\taliases\nLena Vogt\tperson\t\nJonas Weber\tperson\t\n");

        var run = await Run("extract", "--actors", actors, articles, "--format", "json", "--ingest");

        Assert.Equal(0, run.ExitCode);
        var rows = JsonNode.Parse(run.Out)!.AsArray().Select(r => $"{r!["document"]} {r["source"]} {r["relation"]} {r["target"]}").ToList();
        Assert.Equal(["one.txt anna-berger REPLIED_TO markus-hahn", "two.txt lena-vogt REPLIED_TO jonas-weber"], rows);
        Assert.Contains("article:two", (await Run("relations", "lena-vogt")).Out);

        System.IO.File.WriteAllText(Path.Combine(articles, "three.txt"), text);
        var missing = await Run("extract", "--actors", actors, articles);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("three.tsv", missing.Error);
    }

    [Fact]
    public async Task Extract_mentions_lists_each_sentence_with_whom_its_names_and_pronouns_mean()
    {
        var article = File("m.txt", "Anna Berger markierte Markus Hahn. Er antwortete ihr am Abend.\n");

        var tsv = await Run("extract", "--actors", File("actors.tsv", Actors), "--mentions", article);
        var json = await Run("extract", "--actors", File("actors.tsv", Actors), "--mentions", "--format", "json", article);
        var refused = await Run("extract", "--actors", File("actors.tsv", Actors), "--mentions", "--ingest", article);

        Assert.Equal(0, tsv.ExitCode);
        var lines = tsv.Out.TrimEnd().Split('\n');
        Assert.Equal("document\tsentence\tstart\tmentions\tcues\ttext", lines[0]);
        var second = lines[2].Split('\t');
        Assert.Equal(["m.txt", "1", "35"], second[..3]);
        Assert.StartsWith("Er=markus-hahn (pronoun", second[3]);
        Assert.Contains("ihr=anna-berger", second[3]);
        Assert.Equal("REPLIED_TO: antwortete", second[4]);
        var sentences = JsonNode.Parse(json.Out)!.AsArray();
        Assert.Equal(["anna-berger", "markus-hahn"], sentences[0]!["mentions"]!.AsArray().Select(m => (string)m!["actor"]!));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--ingest", refused.Error);
    }

    [Fact]
    public async Task Extract_pairs_lists_each_ordered_pair_of_a_sentence_with_the_rules_types_and_its_features()
    {
        var article = File("p.txt", "Anna Berger markierte Markus Hahn auf X.\n");

        var json = await Run("extract", "--actors", File("actors.tsv", Actors), "--pairs", "--format", "json", article);
        var refused = await Run("extract", "--actors", File("actors.tsv", Actors), "--pairs", "--mentions", article);

        Assert.Equal(0, json.ExitCode);
        var pairs = JsonNode.Parse(json.Out)!.AsArray();
        Assert.Equal(["anna-berger>markus-hahn", "markus-hahn>anna-berger"], pairs.Select(p => $"{p!["source"]}>{p["target"]}"));
        Assert.Equal(["TAGGED"], pairs[0]!["rules"]!.AsArray().Select(t => (string)t!));
        Assert.Empty(pairs[1]!["rules"]!.AsArray());
        Assert.Contains("cue:TAGGED:between:AB", pairs[0]!["features"]!.AsArray().Select(f => (string)f!));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--mentions", refused.Error);
    }

    [Fact]
    public async Task Extract_text_prints_what_each_file_was_read_as_without_needing_actors()
    {
        var page = File("p.html", """
            <html><body><nav><a href="/">Startseite</a></nav><article><h1>Radwege</h1>
            <p>Anna Berger markierte Markus Hahn am Montag in einem Post über die neuen Radwege der Stadt.</p>
            <p>Hahn antwortete ihr am Abend: Die Stadt baut ab März, und die Pläne liegen im Rathaus aus.</p></article></body></html>
            """);
        var plain = File("t.txt", "Hahn antwortete.\n");

        var json = await Run("extract", "--text", "--format", "json", page, plain);
        var refused = await Run("extract", "--text", "--ingest", plain);

        Assert.Equal(0, json.ExitCode);
        var texts = JsonNode.Parse(json.Out)!.AsArray();
        Assert.Equal([page, plain], texts.Select(t => (string)t!["document"]!));
        var read = (string)texts[0]!["text"]!;
        Assert.Contains("Anna Berger markierte Markus Hahn", read);
        Assert.DoesNotContain("Startseite", read);
        Assert.Equal("Hahn antwortete.\n", (string)texts[1]!["text"]!);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--ingest", refused.Error);
    }

    [Fact]
    public async Task Extract_rejects_an_unknown_language_with_exit_code_2()
    {
        var run = await Run("extract", "--actors", File("actors.tsv", Actors), "--lang", "fr", File("c.txt", "x"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("de, en or auto", run.Error);
    }

    [Fact]
    public async Task Ingest_x_following_takes_the_user_option_and_a_handle_map()
    {
        var list = File("page.json", "{\"data\":[{\"id\":\"2\",\"username\":\"mhahn_fict\",\"name\":\"Markus Hahn\"}]}");
        var map = File("map.csv", "handle,actor\nx:annaberger_fict,anna-berger\n");

        var run = await Run("ingest", "x-following", list, "--user", "annaberger_fict", "--map", map);

        Assert.Equal(0, run.ExitCode);
        var relations = await Run("relations", "anna-berger");
        var row = Assert.Single(relations.Out.Split('\n'), l => l.Contains("FOLLOWS"));
        Assert.Contains("x:mhahn_fict", row);
    }

    private const string Tweets =
        "{\"data\":[{\"id\":\"11\",\"author_id\":\"1\",\"text\":\"@mhahn_fict Radweg?\",\"entities\":{\"mentions\":[{\"username\":\"mhahn_fict\",\"id\":\"2\"}]}}]," +
        "\"includes\":{\"users\":[{\"id\":\"1\",\"username\":\"annaberger_fict\",\"name\":\"Anna Berger\"},{\"id\":\"2\",\"username\":\"mhahn_fict\",\"name\":\"Markus Hahn\"}]}}\n\n{\"data\":[{\"id\":\"12\",";

    [Fact]
    public async Task Ingest_x_tweets_skips_a_cut_off_line_and_says_so_at_the_end()
    {
        var run = await Run("ingest", "x-tweets", File("stream.jsonl", Tweets));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 relations added", run.Out);
        Assert.Contains("Read: 1 tweets read; 1 line skipped (", run.Out);
        Assert.Contains("stream.jsonl:3 cut off", run.Out);
    }

    [Fact]
    public async Task Ingest_x_tweets_with_strict_refuses_a_cut_off_line_and_stores_nothing()
    {
        var run = await Run("ingest", "x-tweets", File("stream.jsonl", Tweets), "--strict");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("stream.jsonl:3: cut off", run.Error);
        Assert.DoesNotContain("TAGGED", (await Run("relations", "x:annaberger_fict")).Out);
    }

    [Fact]
    public async Task A_later_ingest_naming_withheld_accounts_says_which_it_named()
    {
        var withheld = File("withheld.jsonl",
            "{\"data\":[{\"id\":\"21\",\"author_id\":\"7\",\"text\":\"@mhahn_fict ja\",\"entities\":{\"mentions\":[{\"username\":\"mhahn_fict\",\"id\":\"2\"}]}}]," +
            "\"includes\":{\"users\":[{\"id\":\"2\",\"username\":\"mhahn_fict\",\"name\":\"Markus Hahn\"}]}}\n");
        var named = File("named.jsonl",
            "{\"data\":[{\"id\":\"22\",\"author_id\":\"7\",\"text\":\"Radweg\"}],\"includes\":{\"users\":[{\"id\":\"7\",\"username\":\"LeaK_fict\",\"name\":\"Lea K\"}]}}\n");
        Assert.Equal(0, (await Run("ingest", "x-tweets", withheld)).ExitCode);

        var run = await Run("ingest", "x-tweets", named);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 account named: x:id:7 → @leak_fict.", run.Out);
        Assert.Contains("x:leak_fict", Assert.Single((await Run("relations", "x:mhahn_fict")).Out.Split('\n'), l => l.Contains("TAGGED")));
    }

    [Fact]
    public async Task Ingesting_a_withheld_account_again_after_it_was_named_says_the_store_knew_it_not_that_it_is_unknown()
    {
        var withheld = File("withheld.jsonl",
            "{\"data\":[{\"id\":\"21\",\"author_id\":\"7\",\"text\":\"@mhahn_fict ja\",\"entities\":{\"mentions\":[{\"username\":\"mhahn_fict\",\"id\":\"2\"}]}}]," +
            "\"includes\":{\"users\":[{\"id\":\"2\",\"username\":\"mhahn_fict\",\"name\":\"Markus Hahn\"}]}}\n");
        var named = File("named.jsonl",
            "{\"data\":[{\"id\":\"22\",\"author_id\":\"7\",\"text\":\"Radweg\"}],\"includes\":{\"users\":[{\"id\":\"7\",\"username\":\"LeaK_fict\",\"name\":\"Lea K\"}]}}\n");
        var first = await Run("ingest", "x-tweets", withheld);
        Assert.Contains("1 accounts unknown", first.Out);
        Assert.Equal(0, (await Run("ingest", "x-tweets", named)).ExitCode);

        var again = await Run("ingest", "x-tweets", withheld);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 relations added, 1 already stored", again.Out);
        Assert.DoesNotContain("accounts unknown", again.Out);
        Assert.Contains("1 account named by an earlier ingest (their relations go to that account): x:id:7 → @leak_fict.", again.Out);
    }
}
