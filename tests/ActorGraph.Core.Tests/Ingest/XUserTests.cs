using System.Text;
using System.Text.Json;
using ActorGraph.Ingest;

namespace ActorGraph.Core.Tests.Ingest;

public sealed class XUserTests
{
    public static TheoryData<string> AsXWritesThem =>
    [
        """{"id":"2001","username":"Alpha_Fict","name":"Alpha \u00c4 \"A\" \n 🦆","description":"Line\u2028two","location":"Berlin","created_at":"2010-01-02T03:04:05.000Z","verified":true,"verified_type":"blue","protected":false,"public_metrics":{"followers_count":12345,"following_count":"17","tweet_count":0,"listed_count":3,"like_count":99}}""",
        """{"id":"2002","username":"nameless_fict","name":null,"description":"not kept without a name","public_metrics":{"followers_count":5}}""",
        """{"id":"2003","username":"noname_fict","location":"x"}""",
        """{"id":2004,"username":"number_id","name":"N","public_metrics":7}""",
        """{"id":"2005","name":"Nested","entities":{"url":{"urls":[{"start":0,"end":23,"url":"https://t.co/x"}]},"description":{"mentions":[{"username":"x"}]}},"username":"nested_fict","pinned_tweet_id":"1","description":"","verified":false}""",
        """{"na\u006de":"Escaped key","id":"2006","username":"escaped_fict","public_metrics":{"followers_count":1,"followers_count_extra":{"a":[1,2]}},"most_recent_tweet_id":"5"}""",
    ];

    [Theory]
    [MemberData(nameof(AsXWritesThem))]
    public void A_profile_read_in_one_pass_is_the_profile_the_document_gives(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        using var document = JsonDocument.Parse(bytes);
        var expected = XUser.Read(document.RootElement, "includes.users");

        var read = XUser.TryRead(bytes);

        Assert.NotNull(read);
        Assert.Equal((expected.Id, expected.Username, expected.Name), (read.Id, read.Username, read.Name));
        Assert.Equal(expected.Attributes.ToList(), read.Attributes.ToList());
        Assert.Equal(XJson.Hash(document.RootElement), read.Raw);
    }

    [Theory]
    [InlineData("""{"id":"1","username":"twice","name":"A","name":"B"}""")]
    [InlineData("""{"id":"1","username":"twice","name":"A","public_metrics":{"tweet_count":1,"tweet_count":2}}""")]
    [InlineData("""{"id":"1","username":"not a name","name":"A"}""")]
    [InlineData("""{"username":"no_id","name":"A"}""")]
    [InlineData("""{"id":"1","username":"bad_count","name":"A","public_metrics":{"followers_count":-1}}""")]
    [InlineData("""{"id":"1","username":"bad_count","name":"A","public_metrics":{"followers_count":"1.5"}}""")]
    [InlineData("""{"id":"1","username":"cut_emoji","name":"A","description":"\ud83d"}""")]
    [InlineData("""{"id":"1","username":"cut_off","name":"A""")]
    public void A_profile_the_document_path_refuses_or_must_decide_on_is_left_to_it(string json)
    {
        Assert.Null(XUser.TryRead(Encoding.UTF8.GetBytes(json)));
    }
}
