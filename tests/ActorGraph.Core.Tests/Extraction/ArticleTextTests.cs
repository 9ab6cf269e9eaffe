using System.Text;
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
        new KnownActor("mary-collins", "Mary Collins", "person", "f", ["@marycollins"]), new KnownActor("tom-baker", "Tom Baker", "person", "m", ["@tombaker"]),
        new KnownActor("dan-reyes", "Dan Reyes", "person", "m", ["@danreyes"]),
    ]));

    /// <summary>A page whose article is <paramref name="body"/>, with a long enough paragraph before it to count as one.</summary>
    private static string Article(string body) => $"""
        <!DOCTYPE html><html><head><title>Radwege</title></head><body><nav><a href="/">Startseite</a></nav><article><h1>Streit um Radwege</h1>
        <p>Der Streit um die neuen Radwege in der Innenstadt beschäftigt den Stadtrat seit Wochen, und ein Ende ist nicht in Sicht.</p>
        {body}
        <p>Die Debatte geht weiter, am Donnerstag berät der Verkehrsausschuss erneut über die Pläne der Verwaltung.</p></article></body></html>
        """;

    private static string Read(string body) => ArticleText.Read(Article(body), "page.html");

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

    [Fact]
    public void Headings_list_items_cells_and_quotations_end_their_sentence_even_without_a_full_stop()
    {
        var text = Read("""
            <h2>Die Reaktion der Ministerin auf den Vorwurf der Opposition im Landtag am Montag</h2>
            <ul><li>Anna Berger markierte Markus Hahn in einem langen Beitrag über Radwege in der Stadt</li><li>Hahn antwortete ihr noch am selben Abend auf Twitter</li></ul>
            <table><tr><td>Jonas Vogt folgt seit Jahren dem Account der Verkehrsministerin auf Instagram</td><td>Lea Krüger</td></tr></table>
            <blockquote>Wir bauen ab März, sagte der Stadtbaurat im Ausschuss für Verkehr und Umwelt am Dienstag</blockquote>
            """);
        var sentences = Sentences.Split(text).Select(s => s.Text).ToList();
        Assert.Contains("Die Reaktion der Ministerin auf den Vorwurf der Opposition im Landtag am Montag", sentences);
        Assert.Contains("Anna Berger markierte Markus Hahn in einem langen Beitrag über Radwege in der Stadt", sentences);
        Assert.Contains("Hahn antwortete ihr noch am selben Abend auf Twitter", sentences);
        Assert.Contains("Jonas Vogt folgt seit Jahren dem Account der Verkehrsministerin auf Instagram", sentences);
        Assert.Contains("Lea Krüger", sentences);
    }

    [Fact]
    public void The_pages_own_line_breaks_inside_a_paragraph_are_spaces()
    {
        var text = Read("<p>Am Montag antwortete\n   Markus Hahn der Abgeordneten\nAnna Berger auf Twitter.</p>");
        Assert.Contains("Am Montag antwortete Markus Hahn der Abgeordneten Anna Berger auf Twitter.", Sentences.Split(text).Select(s => s.Text));
    }

    [Fact]
    public void A_list_of_names_separated_by_line_breaks_gives_one_name_a_line()
    {
        var text = Read("<p>Den offenen Brief unterzeichneten:<br>Anna Berger (SPD)<br/>Markus Hahn (CDU)<br>\nJonas Vogt</p>");
        Assert.Contains("Den offenen Brief unterzeichneten:\nAnna Berger (SPD)\nMarkus Hahn (CDU)\nJonas Vogt\n", text);
    }

    [Fact]
    public void An_embedded_post_keeps_its_text_and_its_author_line_so_its_author_tags_whom_it_names()
    {
        var text = Read("""
            <p>Die Senatorin meldete sich am Abend zu Wort.</p>
            <blockquote class="twitter-tweet"><p lang="en" dir="ltr">Thank you <a href="https://twitter.com/tombaker">@tombaker</a> and <a href="https://twitter.com/danreyes">@danreyes</a> for standing with us.</p>&mdash; Mary Collins (@marycollins) <a href="https://twitter.com/marycollins/status/1">May 9, 2017</a></blockquote>
            <script async src="https://platform.twitter.com/widgets.js"></script>
            """);
        Assert.Contains("Thank you @tombaker and @danreyes for standing with us.\n— Mary Collins (@marycollins) May 9, 2017", text);
        var found = Extractor.Extract(text, "en").Select(r => $"{r.Source} {r.Relation.ToName()} {r.Target}");
        Assert.Equal(["mary-collins TAGGED dan-reyes", "mary-collins TAGGED tom-baker"], found.Order());
    }

    [Fact]
    public void Captions_and_photo_credits_are_left_out()
    {
        var text = Read("""
            <figure><img src="a.jpg" alt="Jonas Vogt"><figcaption>Jonas Vogt und Lea Krüger beim Parteitag in Bonn.</figcaption></figure>
            <p class="image-credit">Michael Appleton for The Daily</p>
            <p>Foto: dpa/Bernd Weißbrod</p>
            <p>© Picture Alliance 2024</p>
            """);
        Assert.DoesNotContain("Parteitag", text);
        Assert.DoesNotContain("Appleton", text);
        Assert.DoesNotContain("dpa", text);
        Assert.DoesNotContain("Picture Alliance", text);
        Assert.Contains("Verkehrsausschuss", text);
    }

    [Fact]
    public void Read_more_teasers_related_links_and_share_prompts_are_left_out()
    {
        var text = Read("""
            <p><strong>Lesen Sie auch:</strong> <a href="/a">Jonas Vogt folgt Lea Krüger auf Instagram</a></p>
            <h3>Mehr zum Thema</h3>
            <ul><li><a href="/b">Lea Krüger antwortet Jonas Vogt</a></li><li><a href="/c">Streit in der Fraktion</a></li></ul>
            <p>READ MORE: <a href="/d">Vogt hits back at Krüger on Twitter</a></p>
            <div class="related-articles"><p>Anna Berger likte einen Tweet von Jonas Vogt und schrieb dazu einen langen Kommentar.</p></div>
            <p>Artikel teilen</p>
            """);
        Assert.DoesNotContain("Vogt", text);
        Assert.DoesNotContain("Mehr zum Thema", text);
        Assert.DoesNotContain("teilen", text);
        Assert.Contains("Verkehrsausschuss", text);
    }

    [Fact]
    public void A_cookie_banner_is_left_out()
    {
        var page = Article("<p>Anna Berger markierte Markus Hahn am Montag in einem Post über Radwege.</p>")
            .Replace("<body>", """<body><div id="cookie-consent"><p>Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit Klick auf „Akzeptieren“ stimmen Sie der Verarbeitung Ihrer Daten durch unsere Partner zu.</p><p>Akzeptieren</p></div>""");
        var text = ArticleText.Read(page, "page.html");
        Assert.DoesNotContain("Cookies", text);
        Assert.Contains("Anna Berger markierte Markus Hahn", text);
    }

    [Fact]
    public void Entities_are_decoded_and_soft_hyphens_and_zero_width_spaces_removed()
    {
        var text = Read("<p>Die Abgeordnete Anna Ber&shy;ger antwortete Markus&nbsp;Hahn &amp; seiner Frak\u00ADtion\u200B am Montag auf Twitter.</p>");
        Assert.Contains("Die Abgeordnete Anna Berger antwortete Markus Hahn & seiner Fraktion am Montag auf Twitter.", text);
    }

    [Fact]
    public void A_page_saved_in_iso_8859_1_reads_its_umlauts()
    {
        var page = Article("<p>Lea Krüger antwortete Jonas Vogt über die Größe der Radwege.</p>")
            .Replace("<head>", """<head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">""");
        var text = ArticleText.Read(Encoding.Latin1.GetBytes(page), "page.html");
        Assert.Contains("Lea Krüger antwortete Jonas Vogt über die Größe der Radwege.", text);
    }

    [Fact]
    public void A_page_of_links_without_an_article_is_bad_input_naming_the_file()
    {
        const string page = """
            <html><body><nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav><div><a href="/a">Anmelden</a></div></body></html>
            """;
        Assert.Contains("links.html: no article text found", Assert.Throws<BadInputException>(() => ArticleText.Read(page, "links.html")).Message);
    }

    [Fact]
    public void A_page_nested_deeper_than_any_saved_article_is_bad_input_naming_the_file_before_it_is_parsed()
    {
        var page = Article(string.Concat(Enumerable.Repeat("<div>", 50_000)) + "<p>Anna Berger antwortete Markus Hahn.</p>" + string.Concat(Enumerable.Repeat("</div>", 50_000)));

        var error = Assert.Throws<BadInputException>(() => ArticleText.Read(page, "deep.html"));

        Assert.StartsWith("deep.html: elements nested 50,00", error.Message);
    }

    [Fact]
    public void Tags_inside_scripts_comments_and_elements_without_end_tags_do_not_count_as_nesting()
    {
        var many = string.Concat(Enumerable.Repeat("<p>Hahn antwortete.<li>eins", 3000));
        var page = Article($"<script>var s = '{string.Concat(Enumerable.Repeat("<div>", 3000))}';</script><!-- {string.Concat(Enumerable.Repeat("<div>", 3000))} -->{many}");

        Assert.Contains("beschäftigt den Stadtrat", ArticleText.Read(page, "page.html"));
    }

    [Fact]
    public void Blocks_nested_deeper_than_real_pages_go_are_read_in_order_each_ending_its_sentence()
    {
        string Nested(int depth, string inner) => string.Concat(Enumerable.Repeat("<div><span>", depth)) + inner + string.Concat(Enumerable.Repeat("</span></div>", depth));
        var page = Article(Nested(200, "<p>Anna Berger markierte Markus Hahn in einem Post</p>" + Nested(100, "<h2>Die Antwort</h2><p>Hahn antwortete ihr <b>am Abend</b></p>")
            + "<p>Der Streit um die neuen Radwege ging danach im Ausschuss weiter, wie der Stadtrat mitteilte.</p>"));

        var text = ArticleText.Read(page, "page.html");

        Assert.Contains("Anna Berger markierte Markus Hahn in einem Post\n\nDie Antwort\n\nHahn antwortete ihr am Abend\n\nDer Streit um die neuen Radwege", text);
    }
}
