using ActorGraph.Ingest;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Ingest;

public sealed class XUserListReaderTests
{
    private static List<Relation> Relations(IEnumerable<SourcedElement> elements) => elements.Select(e => e.Element).OfType<Relation>().ToList();

    [Fact]
    public void Following_list_named_after_the_user_gives_follows_relations()
    {
        const string name = "lenahart_fict.following.json";
        using var stream = XData.Open(name);
        var relations = Relations(XUserListReader.ReadFollowing(stream, name));

        Assert.Equal([("x:lenahart_fict", RelationType.Follows, "x:maxbauer_fict"), ("x:lenahart_fict", RelationType.Follows, "x:juliaweiss_fict")],
            relations.Select(r => (r.Source, r.Type, r.Target)));
        Assert.Equal("follows:lenahart_fict:9002", relations[0].Evidence.SourceId);
    }

    [Fact]
    public void User_option_names_the_follower_whatever_the_file_name()
    {
        using var stream = XData.Open("lenahart_fict.following.json");
        var relations = Relations(XUserListReader.ReadFollowing(stream, "page1.json", user: "@ov_nord_fict"));

        Assert.All(relations, r => Assert.Equal("x:ov_nord_fict", r.Source));
    }

    [Fact]
    public void Following_list_without_a_user_is_rejected()
    {
        using var stream = XData.Open("lenahart_fict.following.json");
        var error = Assert.Throws<IngestException>(() => XUserListReader.ReadFollowing(stream, "page1.json").ToList());

        Assert.Equal("user", error.Field);
        Assert.Contains("--user", error.Expected);
    }

    [Fact]
    public void Liking_users_like_the_tweets_author_with_the_tweet_as_evidence()
    {
        const string name = "lenahart_fict.1460000000000000001.liking_users.json";
        using var stream = XData.Open(name);
        using var map = XData.Open("x-handles.csv");
        var relations = Relations(XUserListReader.ReadLikingUsers(stream, name, XHandles.Load(map, "x-handles.csv")));

        Assert.Equal([("max-bauer", RelationType.Liked, "lena-hart"), ("x:ov_nord_fict", RelationType.Liked, "lena-hart")],
            relations.Select(r => (r.Source, r.Type, r.Target)));
        Assert.Equal("https://x.com/lenahart_fict/status/1460000000000000001", relations[0].Evidence.Url);
    }

    [Fact]
    public void Listed_user_without_username_is_reported_with_its_line()
    {
        const string text = "{\"data\": [\n  {\"id\": \"1\", \"username\": \"a\"},\n  {\"id\": \"2\", \"name\": \"No Name\"}\n]}";
        var error = Assert.Throws<IngestException>(() => XUserListReader.ReadFollowing(CsvText.Utf8(text), "a.following.json").ToList());

        Assert.Equal((1L, "data.username"), (error.Line, error.Field));
    }
}
