using System.Text;

namespace ActorGraph.Tests.Cli;

/// <summary>
/// One bad input file for a reader, and what the refusal must name.
/// </summary>
/// <param name="Line">The line the message names.</param>
/// <param name="Field">Text the message must contain to name the field (a column, a JSON path, or for JSON that does
/// not parse the column); null where the whole file is wrong (empty, binary, another encoding).</param>
/// <param name="Skipped">X data only: a damaged line that the CLI skips and lists unless <c>--strict</c> (the API
/// always refuses it).</param>
public sealed record BadInput(string Format, string Name, string FileName, byte[] Content, long Line, string? Field, bool Skipped = false);

/// <summary>
/// Bad input for every reader, made here rather than kept as files: each reader's good rows, then one way of getting
/// them wrong per case (missing columns, numbers like abc/NaN/Infinity, confidence out of range, impossible dates,
/// unknown relation types, empty, binary, UTF-16, Latin-1, unterminated quotes, 1,000 good rows and one bad last row).
/// </summary>
public static class BadInputCorpus
{
    public static IReadOnlyList<BadInput> All { get; } =
    [
        .. Csv("edges", "source,target,relation,weight,at,source_id,confidence", i => $"a{i},b{i},TAGGED,1,2021-01-01,s{i},0.9",
            latin: "müller,b,TAGGED,1,2021-01-01,s2,0.9", unterminated: "a,b,TAGGED,1,2021-01-01,\"never closed", unterminatedField: "source_id",
            missing: ("source,relation", "target"),
            ("weight abc", "a,b,TAGGED,abc,2021-01-01,s2,0.9", "weight"),
            ("weight NaN", "a,b,TAGGED,NaN,2021-01-01,s2,0.9", "weight"),
            ("weight Infinity", "a,b,TAGGED,Infinity,2021-01-01,s2,0.9", "weight"),
            ("confidence out of range", "a,b,TAGGED,1,2021-01-01,s2,1.5", "confidence"),
            ("confidence NaN", "a,b,TAGGED,1,2021-01-01,s2,NaN", "confidence"),
            ("impossible date", "a,b,TAGGED,1,2021-02-30,s2,0.9", "at"),
            ("unknown relation type", "a,b,LOVED,1,2021-01-01,s2,0.9", "relation"),
            ("empty source", ",b,TAGGED,1,2021-01-01,s2,0.9", "source")),
        .. Csv("actors", "id,name,kind,party,country,handles", i => $"p{i},Person {i},person,SPD,DE,x:p{i}",
            latin: "p2,Müller,person,SPD,DE,x:p2", unterminated: "p2,\"never closed", unterminatedField: "name",
            missing: ("name,kind", "id"),
            ("empty id", ",Nobody,person,,,", "id"),
            ("handle without platform", "p2,Person 2,person,SPD,DE,eskenja", "handles")),
        .. Csv("documents", "id,title,kind,url,date,outlet", i => $"d{i},Declaration {i},declaration,,2012-12-05,EU",
            latin: "d2,Erklärung,declaration,,2012-12-05,EU", unterminated: "d2,\"never closed", unterminatedField: "title",
            missing: ("title,date", "id"),
            ("impossible date", "d2,Declaration 2,declaration,,2021-02-30,EU", "date"),
            ("date not a date", "d2,Declaration 2,declaration,,last tuesday,EU", "date")),
        .. Csv("signatories", "actor,document,at,confidence", i => $"state{i},decl,2012-12-05,1",
            latin: "österreich,decl,2012-12-05,1", unterminated: "state2,\"never closed", unterminatedField: "document",
            missing: ("actor,at", "document"),
            ("confidence abc", "state2,decl,2012-12-05,abc", "confidence"),
            ("confidence Infinity", "state2,decl,2012-12-05,Infinity", "confidence"),
            ("confidence out of range", "state2,decl,2012-12-05,-0.5", "confidence"),
            ("impossible date", "state2,decl,2021-02-30,1", "at")),
        .. XTweetCases(),
        .. XUserList("x-following", "alice.following.json"),
        .. XUserList("x-likes", "alice.1460000000000000001.liking_users.json"),
    ];

    public static BadInput Get(string format, string name) => All.Single(c => c.Format == format && c.Name == name);

    /// <summary>The case names of one reader, as theory rows.</summary>
    private static TheoryData<string> Names(string format) => [.. All.Where(c => c.Format == format).Select(c => c.Name)];

    public static TheoryData<string> Edges => Names("edges");
    public static TheoryData<string> Actors => Names("actors");
    public static TheoryData<string> Documents => Names("documents");
    public static TheoryData<string> Signatories => Names("signatories");
    public static TheoryData<string> XTweets => Names("x-tweets");
    public static TheoryData<string> XFollowing => Names("x-following");
    public static TheoryData<string> XLikes => Names("x-likes");

    private static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0xFF, 0xD8, 0x0A, 0];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Utf16(string text) => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];

    private static string Lines(params IEnumerable<string>[] parts) => string.Concat(parts.SelectMany(p => p).Select(l => l + "\n"));

    private static IEnumerable<BadInput> Csv(string format, string header, Func<int, string> good, string latin, string unterminated, string unterminatedField,
        (string Header, string Field) missing, params (string Name, string Row, string Field)[] rows)
    {
        var file = format + ".csv";
        yield return new(format, "empty file", file, [], 1, null);
        yield return new(format, "binary", file, Png, 1, null);
        yield return new(format, "UTF-16", file, Utf16(Lines([header, good(1)])), 1, null);
        yield return new(format, "Latin-1", file, Encoding.Latin1.GetBytes(Lines([header, good(1), latin])), 3, null);
        yield return new(format, "unterminated quote", file, Utf8(Lines([header, good(1), unterminated])), 3, unterminatedField);
        yield return new(format, "missing column", file, Utf8(Lines([missing.Header, "x,y"])), 1, missing.Field);
        foreach (var (name, row, field) in rows)
            yield return new(format, name, file, Utf8(Lines([header, good(1), row])), 3, field);
        var (_, last, lastField) = rows[0];
        yield return new(format, "1,000 good rows and a bad last row", file,
            Utf8(Lines([header], Enumerable.Range(1, 1000).Select(good), [last])), 1002, lastField);
    }

    /// <summary>An API response page with one tweet by @alice mentioning @bob.</summary>
    private static string Page(int i, string created = "2021-01-01T10:00:00.000Z", string followers = "12", string type = "replied_to") =>
        $$$"""{"data":[{"id":"{{{i}}}","text":"@bob hi","author_id":"10","created_at":"{{{created}}}","referenced_tweets":[{"type":"{{{type}}}","id":"9"}],"entities":{"mentions":[{"start":0,"end":4,"username":"bob","id":"11"}]}}],"includes":{"users":[{"id":"10","username":"alice","name":"Alice","public_metrics":{"followers_count":{{{followers}}}}},{"id":"11","username":"bob","name":"Bob"}]}}""";

    /// <summary>A twarc2 flatten line: the same tweet with its author inline.</summary>
    private static string Flat(int i, string created = "2021-01-01T10:00:00.000Z") =>
        $$$"""{"id":"{{{i}}}","text":"@bob hi","author_id":"10","author":{"id":"10","username":"alice","name":"Alice"},"created_at":"{{{created}}}","entities":{"mentions":[{"start":0,"end":4,"username":"bob","id":"11"}]}}""";

    private const string TwarcCsvHeader = "id,author_id,author.username,author.name,author.public_metrics.followers_count,created_at,text,entities.mentions";

    private static string TwarcRow(int i, string created = "2021-01-01T10:00:00.000Z", string followers = "12") =>
        $"{i},10,alice,Alice,{followers},{created},@bob hi,\"[\"\"@bob\"\"]\"";

    private static IEnumerable<BadInput> XTweetCases()
    {
        const string format = "x-tweets", jsonl = "tweets.jsonl", csv = "tweets.csv";
        yield return new(format, "empty file", jsonl, [], 1, null);
        yield return new(format, "binary", jsonl, Png, 1, null);
        yield return new(format, "UTF-16", jsonl, Utf16(Lines([Page(1), Page(2)])), 1, null);
        yield return new(format, "not X data", jsonl, Utf8(Lines(["""{"foo":1}"""])), 1, null);
        // A damaged line among good ones: skipped and listed by the CLI, refused with --strict and by the API.
        yield return new(format, "page: Latin-1 line", jsonl, [.. Utf8(Lines([Page(1)])), .. Encoding.Latin1.GetBytes(Lines([Page(2).Replace("Alice", "Alïce")]))], 2, "column", true);
        yield return new(format, "page: impossible date", jsonl, Utf8(Lines([Page(1), Page(2, created: "2021-02-30T10:00:00.000Z")])), 2, "created_at", true);
        yield return new(format, "page: count abc", jsonl, Utf8(Lines([Page(1), Page(2, followers: "\"abc\"")])), 2, "followers_count", true);
        yield return new(format, "page: count NaN", jsonl, Utf8(Lines([Page(1), Page(2, followers: "NaN")])), 2, "column", true);
        yield return new(format, "page: count Infinity", jsonl, Utf8(Lines([Page(1), Page(2, followers: "Infinity")])), 2, "column", true);
        yield return new(format, "page: count negative", jsonl, Utf8(Lines([Page(1), Page(2, followers: "-3")])), 2, "followers_count", true);
        yield return new(format, "page: unknown reference type", jsonl, Utf8(Lines([Page(1), Page(2, type: "liked")])), 2, "referenced_tweets.type", true);
        yield return new(format, "page: tweet without author", jsonl, Utf8(Lines([Page(1), Page(2).Replace("\"author_id\":\"10\",", "")])), 2, "author_id", true);
        yield return new(format, "page: unterminated string", jsonl, Utf8(Lines([Page(1), Page(2)[..40]])), 2, "cut off", true);
        yield return new(format, "page: 1,000 good lines and a cut-off last line", jsonl,
            Utf8(Lines(Enumerable.Range(1, 1000).Select(i => Page(i)), [Page(1001)[..60]])), 1001, "cut off", true);
        yield return new(format, "flat: impossible date", jsonl, Utf8(Lines([Flat(1), Flat(2, created: "2021-02-30")])), 2, "created_at", true);
        yield return new(format, "flat: mention not a username", jsonl, Utf8(Lines([Flat(1), Flat(2).Replace("\"username\":\"bob\"", "\"username\":\"bob smith\"")])), 2, "mentions.username", true);
        yield return new(format, "csv: missing columns", csv, Utf8(Lines(["text,created_at", "hi,2021-01-01"])), 1, "id, author_id");
        yield return new(format, "csv: impossible date", csv, Utf8(Lines([TwarcCsvHeader, TwarcRow(1), TwarcRow(2, created: "2021-02-30")])), 3, "created_at", true);
        yield return new(format, "csv: count abc", csv, Utf8(Lines([TwarcCsvHeader, TwarcRow(1), TwarcRow(2, followers: "abc")])), 3, "followers_count", true);
        yield return new(format, "csv: unterminated quote", csv, Utf8(Lines([TwarcCsvHeader, TwarcRow(1), "2,10,alice,Alice,12,2021-01-01,\"never closed"])), 3, "text", true);
        yield return new(format, "csv: Latin-1", csv, Encoding.Latin1.GetBytes(Lines([TwarcCsvHeader, TwarcRow(1), TwarcRow(2).Replace("Alice", "Alïce")])), 3, null);
        yield return new(format, "csv: 1,000 good rows and a bad last row", csv,
            Utf8(Lines([TwarcCsvHeader], Enumerable.Range(1, 1000).Select(i => TwarcRow(i)), [TwarcRow(1001, created: "2021-02-30")])), 1002, "created_at", true);
    }

    /// <summary>A users page as GET /2/users/:id/following and /2/tweets/:id/liking_users answer.</summary>
    private static string Users(int i, string followers = "5", string username = "user{0}") =>
        $$$"""{"data":[{"id":"{{{100 + i}}}","username":"{{{string.Format(System.Globalization.CultureInfo.InvariantCulture, username, i)}}}","name":"User {{{i}}}","public_metrics":{"followers_count":{{{followers}}}}}],"meta":{"result_count":1}}""";

    private static IEnumerable<BadInput> XUserList(string format, string file)
    {
        yield return new(format, "empty file", file, [], 1, null);
        yield return new(format, "binary", file, Png, 1, null);
        yield return new(format, "UTF-16", file, Utf16(Lines([Users(1)])), 1, null);
        yield return new(format, "not a users response", file, Utf8(Lines(["""{"foo":1}"""])), 1, null);
        yield return new(format, "user without username", file, Utf8(Lines([Users(1), Users(2).Replace("\"username\":\"user2\",", "")])), 2, "data.username");
        yield return new(format, "username not a username", file, Utf8(Lines([Users(1), Users(2, username: "not a name")])), 2, "data.username");
        yield return new(format, "count abc", file, Utf8(Lines([Users(1), Users(2, followers: "\"abc\"")])), 2, "followers_count");
        yield return new(format, "count NaN", file, Utf8(Lines([Users(1), Users(2, followers: "NaN")])), 2, "column", true);
        yield return new(format, "count Infinity", file, Utf8(Lines([Users(1), Users(2, followers: "Infinity")])), 2, "column", true);
        yield return new(format, "Latin-1 line", file, [.. Utf8(Lines([Users(1)])), .. Encoding.Latin1.GetBytes(Lines([Users(2).Replace("User", "Üser")]))], 2, "column", true);
        yield return new(format, "unterminated string", file, Utf8(Lines([Users(1), Users(2)[..30]])), 2, "cut off", true);
        yield return new(format, "1,000 good lines and a bad last line", file,
            Utf8(Lines(Enumerable.Range(1, 1000).Select(i => Users(i)), [Users(1001, followers: "\"abc\"")])), 1001, "followers_count");
    }
}
