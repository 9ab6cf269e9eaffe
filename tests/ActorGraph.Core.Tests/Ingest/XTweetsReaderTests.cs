using ActorGraph.Ingest;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Ingest;

public sealed class XTweetsReaderTests
{
    private static List<SourcedElement> Read(string name, XHandles? handles = null)
    {
        using var stream = XData.Open(name);
        return XTweetsReader.Read(stream, name, handles).ToList();
    }

    private static List<SourcedElement> ReadText(string text, string name = "t.jsonl") => XTweetsReader.Read(CsvText.Utf8(text), name).ToList();

    private static List<Relation> Relations(IEnumerable<SourcedElement> elements) => elements.Select(e => e.Element).OfType<Relation>().ToList();

    private static List<(string, string, string)> Triples(IEnumerable<SourcedElement> elements) =>
        Relations(elements).Select(r => (r.Source, r.Type.ToName(), r.Target)).ToList();

    private static long Counted(IEnumerable<SourcedElement> elements, string what) =>
        elements.Select(e => e.Element).OfType<ReadCount>().Where(c => c.What == what).Sum(c => c.Count);

    [Fact]
    public void Mentions_replies_retweets_and_quotes_become_relations()
    {
        Assert.Equal(
        [
            ("x:lenahart_fict", "TAGGED", "x:maxbauer_fict"),
            ("x:lenahart_fict", "TAGGED", "x:ov_nord_fict"),
            ("x:maxbauer_fict", "REPLIED_TO", "x:lenahart_fict"),
            ("x:ov_nord_fict", "RETWEETED", "x:lenahart_fict"),
            ("x:juliaweiss_fict", "QUOTED", "x:lenahart_fict"),
            ("x:juliaweiss_fict", "TAGGED", "x:maxbauer_fict"),
            ("x:id:9005", "TAGGED", "x:maxbauer_fict"),
        ], Triples(Read("x-tweets-response.json")));
    }

    [Fact]
    public void Evidence_is_the_tweet_id_url_text_and_time_with_the_replied_tweet_as_item()
    {
        var reply = Relations(Read("x-tweets-response.json")).Single(r => r.Type == RelationType.RepliedTo);

        Assert.Equal(new Evidence("1460000000000000002", "https://x.com/maxbauer_fict/status/1460000000000000002",
            "@lenahart_fict Gern, ich schreibe dir.", "x:tweet:1460000000000000001", 1.0, "x-api-v2"), reply.Evidence);
        Assert.Equal(new DateTimeOffset(2021, 11, 17, 20, 1, 0, TimeSpan.Zero), reply.At);
    }

    [Fact]
    public void Retweets_and_quotes_keep_the_original_post_and_mentions_keep_none()
    {
        var relations = Relations(Read("x-tweets-response.json"));

        Assert.Equal("x:tweet:1460000000000000001", relations.Single(r => r.Type == RelationType.Retweeted).Evidence.DocumentId);
        Assert.Equal("x:tweet:1460000000000000001", relations.Single(r => r.Type == RelationType.Quoted).Evidence.DocumentId);
        Assert.All(relations.Where(r => r.Type == RelationType.Tagged), r => Assert.Null(r.Evidence.DocumentId));
    }

    [Fact]
    public void Included_users_become_actors_with_their_x_handle_and_id()
    {
        var julia = Read("x-tweets-response.json").Select(e => e.Element).OfType<Actor>().Single(a => a.Id == "x:juliaweiss_fict");

        Assert.Equal("Julia Weiss (fiktiv)", julia.Name);
        Assert.Equal("juliaweiss_fict", julia.Handles["x"]);
        Assert.Equal("9004", julia.Attributes["x_id"]);
    }

    [Fact]
    public void Account_metadata_goes_onto_the_actor()
    {
        var account = Read("x-tweets-withheld.jsonl").Select(e => e.Element).OfType<Actor>().Single(a => a.Id == "x:back_fict");

        Assert.Equal("Zurück (fiktiv)", account.Name);
        Assert.Equal(new Dictionary<string, string>
        {
            ["x_id"] = "9008", ["description"] = "Kreisverband, fiktiv", ["created_at"] = "2019-01-02T03:04:05.000Z",
            ["verified"] = "false", ["verified_type"] = "blue", ["followers_count"] = "1234", ["following_count"] = "56",
            ["tweet_count"] = "789", ["listed_count"] = "3",
        }, account.Attributes);
    }

    [Fact]
    public void A_profile_is_written_again_only_when_it_changed_and_the_latest_wins()
    {
        const string user = "{{\"id\":\"7\",\"username\":\"a_fict\",\"name\":\"A\",\"public_metrics\":{{\"followers_count\":{0}}}}}";
        string Page(int id, int followers) =>
            $"{{\"data\":[{{\"id\":\"{id}\",\"author_id\":\"7\",\"text\":\"hallo\"}}],\"includes\":{{\"users\":[{string.Format(user, followers)}]}}}}";
        var elements = ReadText(string.Join("\n", Page(1, 10), Page(2, 10), Page(3, 12)));

        Assert.Equal(["10", "12"], elements.Select(e => e.Element).OfType<Actor>().Select(a => a.Attributes["followers_count"]));
    }

    [Fact]
    public void Each_account_named_gives_one_alias_from_its_id_and_a_mapped_id_gives_its_actor()
    {
        var handles = XHandles.Load(CsvText.Utf8("handle,actor\nx:id:9006,lea-k\n"), "map.csv");

        var aliases = Read("x-tweets-withheld.jsonl", handles).Select(e => e.Element).OfType<ActorAlias>();

        Assert.Equal(
        [
            new ActorAlias("x:id:9006", "lea-k"), new ActorAlias("x:id:9004", "x:juliaweiss_fict"), new ActorAlias("x:id:9008", "x:back_fict"),
            new ActorAlias("x:id:9007", "x:ghost_fict"),
        ], aliases);
    }

    [Fact]
    public void Mapped_handles_use_the_mapped_actor_and_write_no_actor()
    {
        using var map = XData.Open("x-handles.csv");
        var elements = Read("x-tweets-response.json", XHandles.Load(map, "x-handles.csv"));

        Assert.Contains(("lena-hart", "TAGGED", "max-bauer"), Triples(elements));
        Assert.DoesNotContain(elements.Select(e => e.Element).OfType<Actor>(), a => a.Id is "lena-hart" or "max-bauer" or "x:lenahart_fict");
    }

    [Fact]
    public void Flattened_tweets_give_the_same_relations_as_the_page_they_came_from()
    {
        var page = Relations(Read("x-tweets-response.json"));
        var flat = Relations(Read("x-tweets-flat.jsonl"));

        Assert.Equal(7, page.Count);
        Assert.Equal(page, flat);
    }

    [Fact]
    public void Twarc_csv_gives_the_same_relations_as_the_json_it_came_from()
    {
        static (string, RelationType, string, string, DateTimeOffset?, string?, string?) Key(Relation r) =>
            (r.Source, r.Type, r.Target, r.Evidence.SourceId, r.At, r.Evidence.DocumentId, r.Evidence.Url);
        var json = Relations(Read("x-tweets-response.json")).Select(Key).ToList();

        Assert.Equal(json, Relations(Read("x-tweets-flat.jsonl")).Select(Key));
        Assert.Equal(json, Relations(Read("x-tweets.csv")).Select(Key));
    }

    [Fact]
    public void Twarc_csv_authors_become_actors()
    {
        var actors = Read("x-tweets.csv").Select(e => e.Element).OfType<Actor>().ToList();

        Assert.Equal(["x:lenahart_fict", "x:maxbauer_fict", "x:ov_nord_fict", "x:juliaweiss_fict"], actors.Select(a => a.Id));
        Assert.Equal("Max Bauer (fiktiv)", actors[1].Name);
    }

    [Fact]
    public void Twarc_csv_cut_off_inside_a_quoted_cell_keeps_the_rows_before_it()
    {
        var lines = File.ReadAllLines(XData.Path("x-tweets.csv"));
        var cut = lines[6][..(lines[6].IndexOf("\"[\"\"@maxbauer_fict", StringComparison.Ordinal) + 6)];
        var elements = ReadText(string.Join("\n", lines[..6]) + "\n" + cut, "t.csv");

        Assert.Equal(6, Triples(elements).Count);
        var skipped = Assert.Single(elements, e => e.Element is SkippedLine);
        Assert.Equal(7, skipped.Line);
        Assert.StartsWith("cut off (entities.mentions: unterminated quoted field", ((SkippedLine)skipped.Element).Reason);
    }

    [Fact]
    public void Page_and_flattened_lines_mixed_in_one_file_are_each_recognised()
    {
        var page = File.ReadAllLines(XData.Path("x-tweets-deleted.jsonl"))[0];
        var flat = File.ReadAllLines(XData.Path("x-tweets-flat.jsonl"));
        var elements = ReadText(string.Join("\n", [flat[0], page, flat[1]]));

        Assert.Equal(
        [
            ("x:lenahart_fict", "TAGGED", "x:maxbauer_fict"),
            ("x:lenahart_fict", "TAGGED", "x:ov_nord_fict"),
            ("x:lenahart_fict", "RETWEETED", "x:maxbauer_fict"),
            ("x:ov_nord_fict", "REPLIED_TO", "x:maxbauer_fict"),
            ("x:ov_nord_fict", "TAGGED", "x:lenahart_fict"),
            ("x:maxbauer_fict", "REPLIED_TO", "x:lenahart_fict"),
        ], Triples(elements));
        Assert.Equal(6, Counted(elements, XTweetsReader.TweetsRead));
    }

    [Fact]
    public void Withheld_authors_keep_their_relations_under_their_account_id()
    {
        var elements = Read("x-tweets-withheld.jsonl");

        Assert.Equal(
        [
            ("x:id:9006", "TAGGED", "x:juliaweiss_fict"),
            ("x:back_fict", "TAGGED", "x:juliaweiss_fict"),        // withheld on line 2, named on line 1
            ("x:juliaweiss_fict", "REPLIED_TO", "x:ghost_fict"),   // withheld, named by the reply's own mention
        ], Triples(elements));
        Assert.Equal(1, Counted(elements, XTweetsReader.AccountsUnknown));
        Assert.Equal(3, Counted(elements, "API errors 'Forbidden (user)'"));
    }

    [Fact]
    public void An_account_included_in_one_file_names_it_in_a_later_file_of_the_same_ingest()
    {
        var lines = File.ReadAllLines(XData.Path("x-tweets-withheld.jsonl"));
        var handles = XHandles.Empty();
        XTweetsReader.Read(CsvText.Utf8(lines[0]), "day1.jsonl", handles).ToList();

        Assert.Contains(("x:back_fict", "TAGGED", "x:juliaweiss_fict"), Triples(XTweetsReader.Read(CsvText.Utf8(lines[1]), "day2.jsonl", handles)));
        Assert.Contains(("x:id:9008", "TAGGED", "x:juliaweiss_fict"), Triples(ReadText(lines[1])));
    }

    [Fact]
    public void The_handle_map_names_an_account_known_only_by_its_id()
    {
        var map = XHandles.Load(CsvText.Utf8("handle,actor\nx:id:9006,kreisverband-sued\n"), "map.csv");
        var elements = Read("x-tweets-withheld.jsonl", map);

        Assert.Contains(("kreisverband-sued", "TAGGED", "x:juliaweiss_fict"), Triples(elements));
        Assert.Equal(0, Counted(elements, XTweetsReader.AccountsUnknown));
    }

    [Fact]
    public void Deleted_referenced_tweets_give_what_is_still_known_and_nothing_invented()
    {
        var elements = Read("x-tweets-deleted.jsonl");

        Assert.Equal(
        [
            ("x:lenahart_fict", "RETWEETED", "x:maxbauer_fict"),   // "RT @maxbauer_fict:" names the deleted original's author
            ("x:ov_nord_fict", "REPLIED_TO", "x:maxbauer_fict"),   // in_reply_to_user_id still names the user
            ("x:ov_nord_fict", "TAGGED", "x:lenahart_fict"),       // the quote of a deleted tweet: its mention, no QUOTED
        ], Triples(elements));
        Assert.Equal(4, Counted(elements, XTweetsReader.ReferencesUnavailable));
        Assert.Equal(1, Counted(elements, "API errors 'Not Found Error (tweet)'"));
    }

    [Fact]
    public void Stream_capture_with_keep_alives_errors_and_a_cut_off_last_line_gives_every_complete_tweet()
    {
        var elements = Read("x-stream.jsonl");

        Assert.Equal([("x:lenahart_fict", "TAGGED", "x:maxbauer_fict"), ("x:maxbauer_fict", "REPLIED_TO", "x:lenahart_fict")], Triples(elements));
        Assert.Equal([1L, 5L], elements.Where(e => e.Element is Relation).Select(e => e.Line));
        var skipped = Assert.Single(elements, e => e.Element is SkippedLine);
        Assert.Equal(7, skipped.Line);
        Assert.StartsWith("cut off", ((SkippedLine)skipped.Element).Reason);
        Assert.Equal(2, Counted(elements, XTweetsReader.TweetsRead));
        Assert.Equal(1, Counted(elements, "API errors 'operational-disconnect'"));
    }

    [Fact]
    public void Report_lists_the_skipped_line_and_strict_refuses_it()
    {
        var report = new IngestReport();
        var graph = report.Watch(Read("x-stream.jsonl"), strict: false).ToList();

        Assert.All(graph, e => Assert.True(e.Element is Relation or Actor or ActorAlias));
        Assert.Equal(
            "2 tweets read; 1 line skipped (x-stream.jsonl:7 cut off (the line ends inside a JSON value)); 1 API errors 'operational-disconnect'",
            report.Summary());
        var error = Assert.Throws<IngestException>(() => new IngestReport().Watch(Read("x-stream.jsonl"), strict: true).ToList());
        Assert.Equal(("x-stream.jsonl", 7L), (error.File, error.Line));
    }

    [Fact]
    public void A_line_that_is_not_json_is_skipped_and_the_next_line_read()
    {
        var first = File.ReadAllLines(XData.Path("x-tweets-flat.jsonl"))[0];
        var elements = ReadText($"{{\"data\": [ this is not json\n{first}\n");

        var skipped = Assert.Single(elements, e => e.Element is SkippedLine);
        Assert.Equal(1, skipped.Line);
        Assert.Contains("valid JSON, column 13", ((SkippedLine)skipped.Element).Reason);
        Assert.Equal(2, Triples(elements).Count);
    }

    [Fact]
    public void Pages_are_yielded_before_later_lines_are_read()
    {
        var text = File.ReadAllLines(XData.Path("x-tweets-flat.jsonl"))[0] + "\n{\"data\": [ this is not json\n";
        using var elements = XTweetsReader.Read(CsvText.Utf8(text), "t.jsonl").GetEnumerator();

        Assert.True(elements.MoveNext());
        while (elements.Current.Element is Actor) Assert.True(elements.MoveNext());
        Assert.IsType<Relation>(elements.Current.Element);
    }

    [Fact]
    public void Bad_created_at_skips_its_line_with_the_field()
    {
        const string text = "{\"data\":[{\"id\":\"1\",\"author_id\":\"7\",\"created_at\":\"17.11.2021\",\"text\":\"hi @b\",\"entities\":{\"mentions\":[{\"username\":\"b\"}]}}],\"includes\":{\"users\":[{\"id\":\"7\",\"username\":\"a\"}]}}";
        var error = Assert.Throws<IngestException>(() => new IngestReport().Watch(ReadText(text), strict: true).ToList());

        Assert.Contains("id 1: data.created_at: an ISO 8601 time", error.Expected);
    }

    [Fact]
    public void A_bad_tweet_in_a_page_is_skipped_and_the_rest_of_the_page_read()
    {
        const string text = "{\"data\":[{\"id\":\"1\",\"author_id\":\"7\",\"created_at\":\"17.11.2021\",\"text\":\"hi @b\",\"entities\":{\"mentions\":[{\"username\":\"b\"}]}}," +
            "{\"id\":\"2\",\"author_id\":\"7\",\"text\":\"hi @c\",\"entities\":{\"mentions\":[{\"username\":\"c\"}]}}],\"includes\":{\"users\":[{\"id\":\"7\",\"username\":\"a\",\"name\":\"A\"}]}}";
        var elements = ReadText(text);

        Assert.Equal([("x:a", "TAGGED", "x:c")], Triples(elements));
        Assert.Equal("id 1: data.created_at: an ISO 8601 time like 2020-11-18T20:15:00.000Z, got '17.11.2021'",
            Assert.Single(elements.Select(e => e.Element).OfType<SkippedLine>()).Reason);
        Assert.Contains(elements, e => e.Element is Actor { Id: "x:a" });
    }

    [Fact]
    public void A_lone_surrogate_escape_skips_only_its_tweet_or_account()
    {
        // Valid JSON, but \ud83d without its pair is no text: a cut emoji in a collection must not stop the ingest.
        const string text = "{\"data\":[{\"id\":\"1\",\"author_id\":\"7\",\"text\":\"hi @b \\ud83d\",\"entities\":{\"mentions\":[{\"username\":\"b\"}]}}," +
            "{\"id\":\"2\",\"author_id\":\"8\",\"text\":\"hi @c\",\"entities\":{\"mentions\":[{\"username\":\"c\"}]}}]," +
            "\"includes\":{\"users\":[{\"id\":\"7\",\"username\":\"a\",\"name\":\"A\"},{\"id\":\"8\",\"username\":\"d\",\"name\":\"\\udc00D\"}]}}";
        var elements = ReadText(text);

        Assert.Equal([("x:id:8", "TAGGED", "x:c")], Triples(elements));
        Assert.Equal(
            ["id 1: text: text, got an escaped UTF-16 surrogate without its pair (\\uD800-\\uDFFF alone)",
             "id 8: name: text, got an escaped UTF-16 surrogate without its pair (\\uD800-\\uDFFF alone)"],
            elements.Select(e => e.Element).OfType<SkippedLine>().Select(s => s.Reason).Order());
        Assert.Throws<IngestException>(() => new IngestReport().Watch(ReadText(text), strict: true).ToList());
    }

    [Theory]
    [InlineData("lenahart_fict.following.json", "this looks like a users file")]
    [InlineData("x-handles.csv", "this looks like a CSV with other columns (handle, actor)")]
    public void A_file_without_tweets_says_what_it_looks_like(string name, string expected)
    {
        var error = Assert.Throws<IngestException>(() => Read(name));
        Assert.Contains(expected, error.Expected);
    }

    [Theory]
    [InlineData("{\"data\":[{\"end\":\"2021-11-18T00:00:00.000Z\",\"start\":\"2021-11-17T00:00:00.000Z\",\"tweet_count\":12}],\"meta\":{\"total_tweet_count\":12}}", "this looks like a counts file")]
    [InlineData("{\"errors\":[{\"title\":\"Not Found Error\",\"resource_type\":\"tweet\",\"detail\":\"Could not find tweet with ids: [1].\"}]}", "only error responses (1 Not Found Error (tweet))")]
    [InlineData("{\"meta\":{\"result_count\":0}}\n", "only pages without results")]
    [InlineData("[1, 2]", "no line could be read")]
    [InlineData("", "the file is empty")]
    [InlineData("\n\n", "the file is empty")]
    [InlineData("{\"data\": [ {\"id\": \"1\", ", "cut off")]
    [InlineData("{\"query\": \"radweg\"}", "without tweets (first with the keys query)")]
    public void Input_without_tweets_is_refused_with_what_was_found(string text, string expected)
    {
        var error = Assert.Throws<IngestException>(() => ReadText(text));
        Assert.Contains(expected, error.Expected);
    }

    /// <summary>Two pages of one collection with what makes reading pages hard: ids written as numbers, escapes, a long
    /// post (note_tweet) with and without its own entities, errors, withheld and deleted accounts and tweets, a profile
    /// that changes between pages and one that does not.</summary>
    private const string TwoPages =
        """{"data":[{"id":"11","author_id":"7","created_at":"2024-01-02T03:04:05.000Z","text":"@b_fict \u00fcber \"x\" @c_fict @b_fict @a_fict","public_metrics":{"like_count":3},"entities":{"urls":[{"url":"https://t.co/x"}],"mentions":[{"username":"b_fict","id":"8"},{"username":"c_fict","id":9},{"username":"b_fict","id":"8"},{"username":"a_fict","id":"7"}]}},""" +
        """{"id":12,"author_id":"8","text":"RT @a_fict: alt","referenced_tweets":[{"type":"retweeted","id":"11"}],"entities":{"mentions":[{"username":"a_fict","id":"7"}]}},""" +
        """{"id":"13","author_id":"9","text":"RT @gone_fict: weg","referenced_tweets":[{"type":"retweeted","id":"99"}],"entities":{"mentions":[{"username":"gone_fict","id":"66"}]}},""" +
        """{"id":"14","author_id":"6","created_at":"2024-01-02T05:00:00.000Z","text":"@a_fict ja","in_reply_to_user_id":"7","referenced_tweets":[{"type":"replied_to","id":"11"},{"type":"quoted","id":"98"}],"entities":{"mentions":[{"username":"a_fict","id":"7"}]}},""" +
        """{"id":"15","author_id":"7","text":"kurz @b_fict","note_tweet":{"text":"lang @c_fict","entities":{"mentions":[{"username":"c_fict","id":"9"}]}},"entities":{"mentions":[{"username":"b_fict","id":"8"}]}},""" +
        """{"id":"16","author_id":"7","entities":{"mentions":[{"username":"b_fict","id":"8"}]},"note_tweet":{"text":"nur Text"},"text":"kurz"},""" +
        """{"id":"17","author_id":"9","text":"zitiert","referenced_tweets":[{"type":"quoted","id":"20"}]}]""" +
        ""","includes":{"users":[{"id":"7","username":"a_fict","name":"A \"fiktiv\"","public_metrics":{"followers_count":10}},""" +
        """{"id":"8","username":"b_fict","name":"B"},""" +
        """{"id":"9","username":"c_fict","name":"C","verified":true}],"tweets":[{"id":"11","author_id":"7","text":"@b_fict alt"},""" +
        """{"id":"20","author_id":"66","text":"von wem?"}]}""" +
        ""","errors":[{"title":"Forbidden","resource_type":"user","value":"6"},{"title":"Not Found Error","resource_type":"tweet","value":"99"},{"detail":"?"}]""" +
        ""","meta":{"result_count":7},"__twarc":{"version":"2.14.0"}}""" + "\n" +
        "\n" +
        """{"data":{"id":"21","author_id":"8","text":"@a_fict @c_fict","entities":{"mentions":[{"username":"a_fict","id":"7"},{"username":"C_fict","id":"9"}]}},"includes":{"users":[{"id":"8","username":"b_fict","name":"B"},""" +
        """{"id":"7","username":"a_fict","name":"A neu","public_metrics":{"followers_count":12}}]},"matching_rules":[{"id":"1","tag":"t"}]}""" + "\n";

    private static List<string> Shown(IEnumerable<SourcedElement> elements) =>
    [
        .. elements.Select(e => e.Element is Actor a
            ? $"{e.File}:{e.Line} actor {a.Id} {a.Name} {string.Join(",", a.Handles.OrderBy(p => p.Key, StringComparer.Ordinal))} {string.Join(",", a.Attributes.OrderBy(p => p.Key, StringComparer.Ordinal))}"
            : $"{e.File}:{e.Line} {e.Element}"),
    ];

    /// <summary>Each line in [ ]: a top-level array, which is read through a document.</summary>
    private static string AsDocuments(string text) => string.Join("\n", text.Split('\n').Select(l => l.Trim().Length == 0 ? l : $"[{l}]"));

    [Fact]
    public void Pages_read_in_one_pass_give_exactly_what_their_documents_give()
    {
        var elements = ReadText(TwoPages);

        Assert.Equal(Shown(ReadText(AsDocuments(TwoPages))), Shown(elements));
        Assert.Equal(
        [
            ("x:a_fict", "TAGGED", "x:b_fict"), ("x:a_fict", "TAGGED", "x:c_fict"),
            ("x:b_fict", "RETWEETED", "x:a_fict"),
            ("x:c_fict", "RETWEETED", "x:gone_fict"),
            ("x:id:6", "REPLIED_TO", "x:a_fict"),
            ("x:a_fict", "TAGGED", "x:c_fict"),
            ("x:a_fict", "TAGGED", "x:b_fict"),
            ("x:c_fict", "QUOTED", "x:gone_fict"),
            ("x:b_fict", "TAGGED", "x:a_fict"), ("x:b_fict", "TAGGED", "x:c_fict"),
        ], Triples(elements));
        Assert.Equal("@b_fict über \"x\" @c_fict @b_fict @a_fict", Relations(elements)[0].Evidence.Quote);
        Assert.Equal(["A \"fiktiv\"", "B", "C", "A neu"], elements.Select(e => e.Element).OfType<Actor>().Select(a => a.Name));
        Assert.Equal(1, Counted(elements, "API errors 'Forbidden (user)'"));
        Assert.Equal(1, Counted(elements, "API errors 'error'"));
        Assert.Equal(2, Counted(elements, XTweetsReader.ReferencesUnavailable));
    }

    [Fact]
    public void A_mention_of_an_included_account_under_another_username_names_it_as_the_mention_does()
    {
        // The second page includes @b_fict byte for byte as the first did (read in one pass, it is only named), while a
        // tweet on it mentions that account as @b_alt: the mention's name counts, as through documents.
        const string b = """{"id":"8","username":"b_fict","name":"B"}""";
        const string text =
            $$$"""{"data":[{"id":"1","author_id":"7","text":"@b_fict","entities":{"mentions":[{"username":"b_fict","id":"8"}]}}],"includes":{"users":[{"id":"7","username":"a_fict","name":"A"},{{{b}}}]}}""" + "\n" +
            $$$"""{"data":[{"id":"2","author_id":"7","text":"@b_alt","entities":{"mentions":[{"username":"b_alt","id":"8"}]}},{"id":"3","author_id":"7","text":"@b_fict","entities":{"mentions":[{"username":"b_fict","id":"8"}]}}],"includes":{"users":[{"id":"7","username":"a_fict","name":"A"},{{{b}}}]}}""" + "\n";

        var elements = ReadText(text);

        Assert.Equal(Shown(ReadText(AsDocuments(text))), Shown(elements));
        Assert.Equal([("x:a_fict", "TAGGED", "x:b_fict"), ("x:a_fict", "TAGGED", "x:b_alt"), ("x:a_fict", "TAGGED", "x:b_fict")], Triples(elements));
    }

    [Theory]
    [InlineData("x-tweets.jsonl")]
    [InlineData("x-tweets-withheld.jsonl")]
    [InlineData("x-tweets-deleted.jsonl")]
    [InlineData("x-stream.jsonl")]
    public void Collected_pages_read_in_one_pass_give_exactly_what_their_documents_give(string name)
    {
        var text = File.ReadAllText(XData.Path(name));

        Assert.Equal(Shown(ReadText(AsDocuments(text), name)), Shown(ReadText(text, name)));
    }

    [Fact]
    public void Pretty_printed_responses_are_read_whole()
    {
        const string text = "{\n  \"data\": {\"id\": \"5\", \"author_id\": \"7\", \"text\": \"@b_fict hi\",\n    \"entities\": {\"mentions\": [{\"username\": \"b_fict\", \"id\": \"8\"}]}},\n  \"includes\": {\"users\": [{\"id\": \"7\", \"username\": \"a_fict\", \"name\": \"A\"}]}\n}\n";

        Assert.Equal([("x:a_fict", "TAGGED", "x:b_fict")], Triples(ReadText(text, "t.json")));
    }
}
