using ActorGraph.Extraction;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>Saved web pages: the article's main text, without navigation, teasers, comments and scripts.</summary>
public sealed class ArticleTextTests
{
    private const string Page = """
        <!DOCTYPE html><html lang="de"><head><title>Radwege</title><script>var x = "Jonas Vogt folgt Lea Krüger";</script></head>
        <body><nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li></ul></nav>
        <article><h1>Streit um Radwege: Die Ministerin antwortet</h1>
        <p>Anna Berger markierte Markus Hahn am Montag in einem Post über Radwege. Sie wollte wissen, wann die Stadt endlich baut.</p>
        <p>Hahn antwortete ihr noch am selben Abend auf Twitter: &bdquo;Wir bauen ab M&auml;rz.&ldquo; Er folgte Berger <b>danach</b> auch auf Instagram.</p>
        <p>Der Streit zeigt, wie politische Kommunikation heute funktioniert: Viele Abgeordnete nutzen die Plattformen täglich.</p>
        </article>
        <aside class="teaser"><h3>Lesen Sie auch</h3><p>Jonas Vogt folgt Lea Krüger auf Twitter.</p></aside>
        <section id="comments"><div class="comment"><p>Lea Krüger antwortete Jonas Vogt.</p></div></section>
        <footer>Impressum</footer></body></html>
        """;

    private static readonly RuleExtractor Extractor = new(new ActorLexicon([
        new KnownActor("anna-berger", "Anna Berger", "person", "f", []), new KnownActor("markus-hahn", "Markus Hahn", "person", "m", []),
        new KnownActor("jonas-vogt", "Jonas Vogt", "person", "m", []), new KnownActor("lea-krueger", "Lea Krüger", "person", "f", []),
    ]));

    [Fact]
    public void A_page_gives_its_article_text_without_navigation_teasers_comments_or_scripts()
    {
        var text = ArticleText.Read(Page, "page.html");
        Assert.Contains("Anna Berger markierte Markus Hahn am Montag", text);
        Assert.Contains("„Wir bauen ab März.“", text);
        Assert.DoesNotContain("Startseite", text);
        Assert.DoesNotContain("Jonas Vogt", text);
        Assert.DoesNotContain("Impressum", text);
    }

    [Fact]
    public void Relations_come_from_the_article_only_with_evidence_that_is_part_of_the_text_read()
    {
        var text = ArticleText.Read(Page, "page.html");
        var found = Extractor.Extract(text);
        Assert.Equal(["anna-berger TAGGED markus-hahn", "markus-hahn REPLIED_TO anna-berger", "markus-hahn FOLLOWS anna-berger"],
            found.Select(r => $"{r.Source} {r.Relation.ToName()} {r.Target}"));
        Assert.All(found, r => Assert.Contains(r.Evidence, text));
    }

    [Theory]
    [InlineData("Anna Berger markierte Markus Hahn.", null, false)]
    [InlineData("<!DOCTYPE html><html><body><p>x</p></body></html>", null, true)]
    [InlineData("<p>Anna</p>", "saved.htm", true)]
    public void Tells_pages_from_plain_text(string content, string? name, bool html) => Assert.Equal(html, ArticleText.IsHtml(content, name));

    [Fact]
    public void A_page_without_an_article_is_bad_input_naming_the_file() =>
        Assert.Contains("empty.html", Assert.Throws<BadInputException>(() => ArticleText.Read("<html><body></body></html>", "empty.html")).Message);
}
