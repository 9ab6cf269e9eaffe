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

    private static List<(string, string, string)> Triples(IEnumerable<SourcedElement> elements) =>
        elements.Select(e => e.Element).OfType<Relation>().Select(r => (r.Source, r.Type.ToName(), r.Target)).ToList();

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
        ], Triples(Read("x-tweets-response.json")));
    }

    [Fact]
    public void Evidence_is_the_tweet_id_url_text_and_time()
    {
        var reply = Read("x-tweets-response.json").Select(e => e.Element).OfType<Relation>().Single(r => r.Type == RelationType.RepliedTo);

        Assert.Equal(new Evidence("1460000000000000002", "https://x.com/maxbauer_fict/status/1460000000000000002",
            "@lenahart_fict Gern, ich schreibe dir.", null, 1.0, "x-api-v2"), reply.Evidence);
        Assert.Equal(new DateTimeOffset(2021, 11, 17, 20, 1, 0, TimeSpan.Zero), reply.At);
    }

    [Fact]
    public void Included_users_become_actors_with_their_x_handle()
    {
        var julia = Read("x-tweets-response.json").Select(e => e.Element).OfType<Actor>().Single(a => a.Id == "x:juliaweiss_fict");

        Assert.Equal("Julia Weiss (fiktiv)", julia.Name);
        Assert.Equal("juliaweiss_fict", julia.Handles["x"]);
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
    public void Json_lines_are_read_page_by_page_with_the_line_of_each_tweet()
    {
        var relations = Read("x-tweets.jsonl").Where(e => e.Element is Relation).ToList();

        Assert.Equal([("x:maxbauer_fict", "TAGGED", "x:juliaweiss_fict"), ("x:juliaweiss_fict", "REPLIED_TO", "x:maxbauer_fict")], Triples(relations));
        Assert.Equal([1L, 2L], relations.Select(e => e.Line));
    }

    [Fact]
    public void Pages_are_yielded_before_later_lines_are_read()
    {
        var text = File.ReadAllText(XData.Path("x-tweets.jsonl")).Split('\n')[0] + "\n{\"data\": [ this is not json\n";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        using var elements = XTweetsReader.Read(stream, "t.jsonl").GetEnumerator();

        var seen = new List<IGraphElement>();
        var error = Assert.Throws<IngestException>(() => { while (elements.MoveNext()) seen.Add(elements.Current.Element); });
        Assert.Contains(seen, e => e is Relation);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Author_missing_from_includes_is_reported_with_line_and_field()
    {
        const string text = "{\"data\":[\n{\"id\":\"1\",\"author_id\":\"77\",\"text\":\"hi\"}\n],\"includes\":{\"users\":[]}}";
        var error = Assert.Throws<IngestException>(() => XTweetsReader.Read(CsvText.Utf8(text), "t.json").ToList());

        Assert.Equal((2L, "author_id"), (error.Line, error.Field));
        Assert.Contains("includes.users", error.Expected);
    }

    [Fact]
    public void Bad_created_at_is_rejected()
    {
        const string text = "{\"data\":[{\"id\":\"1\",\"author_id\":\"7\",\"created_at\":\"17.11.2021\",\"text\":\"hi\"}],\"includes\":{\"users\":[{\"id\":\"7\",\"username\":\"a\"}]}}";
        var error = Assert.Throws<IngestException>(() => XTweetsReader.Read(CsvText.Utf8(text), "t.json").ToList());

        Assert.Equal("data.created_at", error.Field);
    }

    [Theory]
    [InlineData("[1, 2]", "JSON object")]
    [InlineData("", "empty")]
    [InlineData("{\"data\": [ {\"id\": \"1\", ", "JSON")]
    public void Input_that_is_not_an_api_response_is_rejected(string text, string expected)
    {
        var error = Assert.Throws<IngestException>(() => XTweetsReader.Read(CsvText.Utf8(text), "t.json").ToList());
        Assert.Contains(expected, error.Expected);
    }
}
