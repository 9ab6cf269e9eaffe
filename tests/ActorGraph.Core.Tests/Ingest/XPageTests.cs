using System.Text;
using ActorGraph.Ingest;

namespace ActorGraph.Core.Tests.Ingest;

public sealed class XPageTests
{
    private static XPage? TryRead(string json) => XPage.TryRead(Encoding.UTF8.GetBytes(json));

    [Theory]
    [InlineData("""{"data":[{"id":"1","author_id":"7","text":"hi"}],"includes":{"users":[{"id":"7","username":"a"}]},"meta":{"result_count":1}}""")]
    [InlineData("""{"data":{"id":"1","author_id":"7","text":"hi"},"matching_rules":[{"id":"3"}]}""")]
    [InlineData("""{"errors":[{"title":"Forbidden"}],"data":[{"id":1,"edit_history_tweet_ids":["1"],"author_id":7}]}""")]
    public void Pages_and_stream_lines_are_read_in_one_pass(string json) => Assert.NotNull(TryRead(json));

    [Theory]
    [InlineData("""{"id":"1","text":"hi","author":{"id":"7","username":"a"}}""")] // flattened
    [InlineData("""{"data":[{"id":"1","text":"hi","author":{"id":"7","username":"a"}}]}""")] // inline profile
    [InlineData("""{"data":[{"id":"1","text":"@b","entities":{"mentions":[{"username":"b","id":"8","name":"B"}]}}]}""")] // inline mention profile
    [InlineData("""{"data":[{"id":"1","text":"RT","referenced_tweets":[{"type":"retweeted","id":"2","tweet":{"id":"2"}}]}]}""")] // merged reference
    [InlineData("""{"data":[{"id":"1","author_id":"7","text":"hi"}],"includes":{"users":[{"id":"7""")] // cut off
    [InlineData("""{"data":[{"id":"1","author_id":"7","text":"hi"}]} x""")] // something after the value
    [InlineData("""{"data":[]}""")] // no results
    [InlineData("""{"data":[{"id":"1","username":"a"}]}""")] // users
    [InlineData("""{"data":[{"id":"1","text":"hi","created_at":"17.11.2021"}]}""")] // a time for the document path's message
    [InlineData("""{"data":[{"id":"1","text":"hi","referenced_tweets":[{"type":"liked","id":"2"}]}]}""")]
    [InlineData("""{"data":[{"id":"1","text":"@a b","entities":{"mentions":[{"username":"a b"}]}}]}""")]
    [InlineData("""{"data":[{"id":"","text":"hi"}]}""")]
    [InlineData("""[{"data":[{"id":"1","text":"hi"}]}]""")]
    public void Other_shapes_and_what_the_document_path_must_report_are_left_to_it(string json) => Assert.Null(TryRead(json));

    [Fact]
    public void Only_what_the_relations_need_is_taken()
    {
        const string user = """{"id":"7","username":"a","name":"A","public_metrics":{"followers_count":3}}""";
        // One line, as collected: the breaks here are for reading only.
        var json = $$$"""
            {"data":[{"id":"1","author_id":"7","created_at":"2024-01-02T03:04:05.000Z","text":"@b hi","in_reply_to_user_id":"8",
            "context_annotations":[{"domain":{"id":"1"}}],"public_metrics":{"like_count":1},"referenced_tweets":[{"type":"replied_to","id":"2"}],
            "entities":{"hashtags":[{"tag":"x"}],"mentions":[{"start":0,"end":2,"username":"b","id":"8"}]}}],
            "includes":{"users":[{{{user}}}],"tweets":[{"id":"2","author_id":"8","text":"?"}]}}
            """.ReplaceLineEndings("");

        var page = TryRead(json)!;

        var tweet = Assert.Single(page.Data);
        Assert.Equal(("1", "7", "@b hi", "8"), (tweet.Id, tweet.AuthorId, tweet.Text, tweet.InReplyToUserId));
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), tweet.At);
        Assert.Equal(("replied_to", "2"), (Assert.Single(tweet.References).Type, tweet.References[0].Id));
        Assert.Equal(new XMention("b", "8", null), Assert.Single(tweet.Mentions));
        Assert.Equal("8", Assert.Single(page.IncludedTweets).AuthorId);
        var included = Assert.Single(page.Users);
        Assert.Equal("7", included.Id);
        Assert.Equal(user, json.Substring(included.Start, included.Length));
    }
}
