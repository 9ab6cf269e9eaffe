using ActorGraph.Ingest;

namespace ActorGraph.Core.Tests.Ingest;

public sealed class XAccountsTests
{
    private static XUser Profile(string id, string username, ulong raw) => new(id, username, "Name " + username) { Raw = raw };

    [Fact]
    public void Profiles_of_thousands_of_accounts_are_each_recognised_when_they_come_back_unchanged()
    {
        var accounts = new XAccounts(XHandles.Empty());
        // More accounts than the table holds at first, ids close together as X numbers them.
        var ids = Enumerable.Range(0, 5_000).Select(i => (1_700_000_000_000_000_000L + i * 37L).ToString()).ToList();
        for (var i = 0; i < ids.Count; i++) Assert.NotNull(accounts.Written(Profile(ids[i], $"u{i}", (ulong)i * 3 + 11)));

        for (var i = 0; i < ids.Count; i++)
        {
            var known = accounts.Unchanged(XAccounts.Key(ids[i]), (ulong)i * 3 + 11);
            Assert.True(known is not null && known.Id == ids[i] && known.Username == $"u{i}", $"account {ids[i]}");
            // Another profile under the same id is new.
            Assert.Null(accounts.Unchanged(XAccounts.Key(ids[i]), (ulong)i * 3 + 12));
        }
    }

    [Fact]
    public void Ids_that_are_not_plain_numbers_are_read_each_time_and_never_taken_for_another_account()
    {
        var accounts = new XAccounts(XHandles.Empty());
        accounts.Written(Profile("12", "twelve", 5));
        accounts.Written(Profile("012", "zero_twelve", 6));
        accounts.Written(Profile("u12", "letters", 7));

        Assert.Equal("twelve", accounts.Unchanged(XAccounts.Key("12"), 5)?.Username);
        Assert.Null(accounts.Unchanged(XAccounts.Key("012"), 6));
        Assert.Null(accounts.Unchanged(XAccounts.Key("u12"), 7));
        Assert.Null(accounts.Unchanged(XAccounts.Key("12345678901234567890"), 5));
    }

    [Fact]
    public void A_profile_read_before_its_account_was_learned_under_another_name_is_read_again()
    {
        var accounts = new XAccounts(XHandles.Empty());
        accounts.Written(Profile("42", "old_name", 5));
        Assert.NotNull(accounts.Unchanged(XAccounts.Key("42"), 5));

        var renamed = accounts.Resolve(null, "42", "new_name");

        Assert.Equal("x:new_name", renamed.ActorId);
        Assert.Null(accounts.Unchanged(XAccounts.Key("42"), 5));
    }
}
