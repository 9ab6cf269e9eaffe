using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Core.Tests.Export;

/// <summary>
/// A small network built to break exporters: markup characters, control characters, right-to-left and CJK scripts, emoji,
/// cells that a spreadsheet would evaluate, parallel edges, dated and undated relations, a document node, a placeholder
/// actor the store creates for an unknown id, and an isolated actor that must not be exported.
/// </summary>
internal static class ExportDataset
{
    public const string Bell = "bell";
    public const string BellName = "Bell\u0007Ring\u001Fend";
    public const string Isolated = "isolated";
    public const string Alliance = "alliance-2012";
    public const string UnknownOrganisation = "unknown-org";
    public const string MarkupId = "x:<&>\"'";

    public static readonly IGraphElement[] Elements =
    [
        new Actor("ashton", "Ashton Kutcher", ActorKinds.Person, Country: "US"),
        new Actor("saskia-esken", "Saskia Esken", ActorKinds.Person, "SPD", "DE"),
        new Actor("quote-amp", "He said \"yes\" & <she> said 'no'", ActorKinds.Organisation, "A&B <Party>", "DE"),
        new Actor(Bell, BellName, ActorKinds.Person),
        new Actor("rtl", "حزب العمل \u200Fשלום", ActorKinds.Party, Country: "IL"),
        new Actor("cjk", "習近平 🇨🇳 👩🏽‍⚖️", ActorKinds.Person, Country: "CN"),
        new Actor("=formula", "=HYPERLINK(\"http://evil.example\",\"x\")", ActorKinds.Person),
        new Actor("+plus", "+49 30 227", ActorKinds.Person, "-minus party"),
        new Actor("@at", "@handle", ActorKinds.Media),
        new Actor(MarkupId, "Id with markup", ActorKinds.Person),
        new Actor("de", "Germany", ActorKinds.State, Country: "DE"),
        new Actor("fr", "France", ActorKinds.State, Country: "FR"),
        new Actor(Isolated, "Nobody Links Here", ActorKinds.Person),
        new Document(Alliance, "Declaration on the Global Alliance against Child Sexual Abuse Online", DocumentKinds.Declaration,
            "https://example.org/alliance?lang=en&v=2", new DateOnly(2012, 12, 5)),
        Rel("ashton", RelationType.Tagged, "saskia-esken", "t1", "2022-05-11T18:30:00Z",
            quote: "Hey @eskenja, \"chat control\" <b>matters</b> & so do you", url: "https://x.example/a/status/1?x=1&y=<2>"),
        Rel("saskia-esken", RelationType.RepliedTo, "ashton", "r1", "2022-05-12T08:00:00Z", quote: "line one\r\nline two\ttabbed"),
        Rel("saskia-esken", RelationType.RepliedTo, "ashton", "r2", "2022-05-13", weight: 2.5, confidence: 0.75, extractor: "de-rules"),
        Rel("ashton", RelationType.Liked, "saskia-esken", "l1", null),
        Rel("quote-amp", RelationType.Tagged, Bell, "q1", null, quote: "=cmd|' /C calc'!A0"),
        Rel("rtl", RelationType.Retweeted, "cjk", "rt1", "2023-01-02", quote: "שלום 世界 🌍"),
        Rel("=formula", RelationType.Quoted, "+plus", "-1+1", null, quote: "@SUM(1+1)*cmd|' /C calc'!A0"),
        Rel("@at", RelationType.Follows, MarkupId, "f1", null),
        Rel("de", RelationType.Signed, Alliance, "s-de", "2012-12-05", documentId: Alliance),
        Rel("fr", RelationType.Signed, Alliance, "s-fr", "2012-12-05", documentId: Alliance),
        Rel("ashton", RelationType.MemberOf, UnknownOrganisation, "m1", null),
    ];

    public static async Task<IGraphStore> CreateStoreAsync(string directory)
    {
        var store = new SqliteGraphStore(Path.Combine(directory, "export.db"));
        await store.InitializeAsync();
        await store.IngestAsync(Elements.Select((e, i) => new SourcedElement(e, "dataset", i + 1)).ToAsyncEnumerable(), new IngestOptions());
        return store;
    }

    private static Relation Rel(string source, RelationType type, string target, string sourceId, string? at,
        double weight = 1, double confidence = 1, string? quote = null, string? url = null, string? extractor = null, string? documentId = null) =>
        new(source, type, target, at is null ? null : Timestamps.Parse(at), weight,
            new Evidence(sourceId, url ?? $"https://example.org/{Uri.EscapeDataString(sourceId)}", quote, documentId, confidence, extractor));
}
