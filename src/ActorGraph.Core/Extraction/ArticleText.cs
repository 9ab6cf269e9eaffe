using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace ActorGraph.Extraction;

/// <summary>
/// The text an article file holds: plain text as it is; a saved web page (<c>.html</c>) through SmartReader, a port of
/// Mozilla's Readability, which finds the article's main text and leaves out navigation, comments and scripts. The text
/// is then written block by block: every paragraph, heading, list item, quotation and table cell ends with a blank line,
/// so no sentence runs across two of them; a <c>&lt;br&gt;</c> ends a line (a list of names: one a line); the page's own
/// line breaks inside a paragraph are spaces. Captions, photo credits, "read more"/"Lesen Sie auch" teasers, share and
/// newsletter prompts and cookie banners are left out; an embedded post keeps its text with its
/// "— Name (@handle) date" line under it; soft hyphens and zero-width spaces are removed.
/// </summary>
public static partial class ArticleText
{
    /// <summary>Fewer characters than this is no article (a page of links, a consent wall, an empty shell).</summary>
    private const int MinimumLength = 80;

    /// <summary>
    /// Deeper than this a page's elements are laid out flat. Real pages nest at most ~50 deep (1,195 pages of three text
    /// extraction test sets), while Readability's passes cost more than linearly in depth: a 30 KB page of nested
    /// <c>div</c>s 5,000 deep kept a core busy for minutes.
    /// </summary>
    private const int MaxDepth = 100;

    /// <summary>
    /// A page nested deeper than this is refused before it is parsed: the HTML parser's cost grows with the depth of its
    /// stack of open elements (20,000 nested <c>div</c>s took seconds), and no saved article comes near it.
    /// </summary>
    private const int MaxNesting = 1000;

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    static ArticleText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>An HTML file by its name, or by content that opens like a page.</summary>
    public static bool IsHtml(string content, string? name = null)
    {
        if (name is not null && Path.GetExtension(name).ToLowerInvariant() is ".html" or ".htm" or ".xhtml") return true;
        var start = content.AsSpan().TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The article's text: <paramref name="content"/> itself, or the main text of the page it holds.</summary>
    public static string Read(string content, string? name = null) => IsHtml(content, name) ? FromHtml(content, name ?? "page") : content;

    /// <summary>The article's text from a file's bytes (<see cref="Decode"/>).</summary>
    public static string Read(byte[] content, string? name = null) => Read(Decode(content), name);

    /// <summary>
    /// A file's text: UTF-8 when its bytes are; otherwise the charset its page declares (<c>&lt;meta charset&gt;</c>),
    /// else Windows-1252 — pages saved by older German and English sites are often ISO-8859-1.
    /// </summary>
    public static string Decode(byte[] bytes)
    {
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException) { }
        return (DeclaredEncoding(bytes) ?? Encoding.GetEncoding(1252)).GetString(bytes);
    }

    /// <summary>The encoding a page declares in its first 4 KB (<c>&lt;meta charset&gt;</c>), or null when it declares none this runtime knows.</summary>
    public static Encoding? DeclaredEncoding(byte[] bytes) =>
        Charset().Match(Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096))) is { Success: true } m ? Named(m.Groups[1].Value) : null;

    /// <summary>The encoding of a charset name (<c>iso-8859-1</c>, <c>windows-1252</c>), or null for a name this runtime does not know.</summary>
    public static Encoding? Named(string charset)
    {
        try { return Encoding.GetEncoding(charset.Trim('"', '\'', ' ')); }
        catch (ArgumentException) { return null; }
    }

    /// <summary>The main text of a page; <paramref name="name"/> names it in the error when the page holds no article.</summary>
    /// <param name="ct">Stops Readability between its passes (a server's time limit).</param>
    public static string FromHtml(string html, string name, CancellationToken ct = default)
    {
        if (Nesting(html) is var nesting and > MaxNesting)
            throw new BadInputException($"{name}: elements nested {nesting:N0} deep; a saved web page nests fewer than {MaxNesting:N0} (the deepest of 1,195 test pages: 51).");
        // Parsed as SmartReader parses a page it is given as text: with scripting on, so <noscript> fallbacks stay unread.
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = true }).ParseDocument(html);
        if (document.DocumentElement is { } root) FlattenBelow(root, MaxDepth);
        IElement? content = null;
        // A short news item is still an article: Readability's default threshold (500 characters) is for long reads. The classes
        // stay for the boilerplate rules below.
        var reader = new Reader("https://localhost/", document) { CharThreshold = 100, KeepClasses = true };
        reader.AddCustomOperationStart(RemoveBanners);
        reader.AddCustomOperationEnd(article => content = article);
        // No download happens (the document is given), so this completes without waiting on anything.
        reader.GetArticleAsync(ct).GetAwaiter().GetResult();
        ct.ThrowIfCancellationRequested();
        var text = content is null ? "" : new Blocks(content).Text;
        if (text.Length < MinimumLength)
            throw new BadInputException($"{name}: no article text found in the page" + (text.Length == 0 ? "." : $" (only {text.Length} characters of text: \"{Whitespace().Replace(text, " ")}\")."));
        return text;
    }

    /// <summary>
    /// How deep the page's elements nest by its tags as written: comments and the content of scripts and styles skipped,
    /// void elements and those whose end tag may be left out (<c>p</c>, <c>li</c>, <c>td</c> …) counted as closed at once.
    /// </summary>
    private static int Nesting(string html)
    {
        int depth = 0, deepest = 0;
        // One pass: every search starts where the last ended, so no input makes it more than linear.
        for (var at = html.IndexOf('<'); at >= 0 && at < html.Length - 1; at = html.IndexOf('<', at + 1))
        {
            if (string.CompareOrdinal(html, at, "<!--", 0, 4) == 0)
            {
                at = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
                if (at < 0) break;
                continue;
            }
            var closing = html[at + 1] == '/';
            var nameStart = closing ? at + 2 : at + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart])) continue;
            var end = html.IndexOf('>', nameEnd);
            if (end < 0) break;
            var name = html[nameStart..nameEnd];
            if (!closing && name.ToLowerInvariant() is "script" or "style")
            {
                at = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                if (at < 0) break;
                continue;
            }
            if (ClosedAtOnce.Contains(name) || html[end - 1] == '/') { at = end; continue; }
            if (closing) depth = Math.Max(0, depth - 1);
            else deepest = Math.Max(deepest, ++depth);
            at = end;
        }
        return deepest;
    }

    private static readonly HashSet<string> ClosedAtOnce = new(
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p", "li",
         "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp",
         "rtc", "html", "head", "body"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Every element at <paramref name="depth"/> gets the content below it as its own children, in document order: the
    /// text, and each element emptied (so a paragraph still ends a block). Scripts and other unread elements go.
    /// Iterative, so no depth of a hostile page can overflow the stack.
    /// </summary>
    private static void FlattenBelow(IElement root, int depth)
    {
        var levels = new Stack<(IElement Element, int Depth)>();
        levels.Push((root, 1));
        while (levels.TryPop(out var level))
        {
            if (level.Depth < depth)
            {
                foreach (var child in level.Element.Children) levels.Push((child, level.Depth + 1));
                continue;
            }
            if (level.Element.Children.Length == 0) continue;
            var flat = new List<INode>();
            var below = new Stack<INode>(level.Element.ChildNodes.Reverse());
            while (below.TryPop(out var node))
            {
                if (node is IText) flat.Add(node);
                if (node is not IElement element || Skipped.Contains(element.LocalName)) continue;
                flat.Add(element.Clone(deep: false));
                for (var child = element.LastChild; child is not null; child = child.PreviousSibling) below.Push(child);
            }
            while (level.Element.LastChild is { } last) level.Element.RemoveChild(last);
            foreach (var node in flat) level.Element.AppendChild(node);
        }
    }

    /// <summary>Cookie and consent banners, before Readability weighs the page: their text can outweigh a short article.</summary>
    private static void RemoveBanners(IElement root)
    {
        foreach (var banner in root.QuerySelectorAll("[id],[class]").Where(e => Banner().IsMatch(Names(e)) && e.TextContent.Length < 3000).ToList())
            banner.Remove();
    }

    private static string Names(IElement element) => element.Id + " " + element.ClassName;

    /// <summary>Writes an article element as text, block by block.</summary>
    private sealed class Blocks
    {
        private readonly StringBuilder _text = new();
        private readonly int _articleLength;
        private int _break; // 0: none pending, 1: a line break, 2: a blank line
        private bool _space;
        private bool _inPost; // inside an embedded post: its lines stay together, its author line right under its text

        public Blocks(IElement article)
        {
            _articleLength = article.TextContent.Length;
            Write(article);
        }

        public string Text => _text.ToString();

        private void Write(INode node)
        {
            if (node is IText text)
            {
                Append(text.Data);
                return;
            }
            if (node is not IElement element)
            {
                foreach (var child in node.ChildNodes) Write(child);
                return;
            }
            var tag = element.LocalName;
            if (Skipped.Contains(tag) || IsBoilerplate(element)) return;
            switch (tag)
            {
                case "br":
                    _break = _break >= 1 ? 2 : 1;
                    return;
                case "pre":
                    Break(2);
                    foreach (var line in element.TextContent.ReplaceLineEndings("\n").Split('\n'))
                    {
                        Append(line);
                        _break = Math.Max(_break, 1);
                    }
                    Break(2);
                    return;
            }
            var post = tag == "blockquote" && element.ClassList.Any(c => c.EndsWith("-tweet", StringComparison.OrdinalIgnoreCase) || c.EndsWith("-post", StringComparison.OrdinalIgnoreCase) || c.EndsWith("-embed", StringComparison.OrdinalIgnoreCase));
            var block = BlockTags.Contains(tag);
            if (block) Break(2);
            var outer = _inPost;
            _inPost |= post;
            for (var child = element.FirstChild; child is not null; child = child.NextSibling)
            {
                // "Lesen Sie auch" and its list of links: the label goes, and so does the link list right after it.
                if (child is IElement label && IsTeaserLabel(label))
                {
                    if (NextElement(label) is { } links && LinkShare(links) >= 0.5) child = links;
                    continue;
                }
                Write(child);
            }
            _inPost = outer;
            if (block) Break(2);
        }

        private void Break(int kind) => _break = Math.Max(_break, _inPost ? 1 : kind);

        private void Append(string data)
        {
            foreach (var c in data)
            {
                if (c is '\u00AD' or '\u200B' or '\uFEFF') continue;
                if (char.IsWhiteSpace(c))
                {
                    _space = true;
                    continue;
                }
                if (_text.Length > 0)
                {
                    if (_break > 0) _text.Append(_break == 2 ? "\n\n" : "\n");
                    else if (_space) _text.Append(' ');
                }
                _break = 0;
                _space = false;
                _text.Append(c);
            }
        }

        /// <summary>A caption, credit, teaser, share or newsletter box, by its class or id or by its whole text.</summary>
        private bool IsBoilerplate(IElement element)
        {
            if (element.LocalName is "figcaption") return true;
            // By class only: ids are often a heading's slug ("sharing-with-a-developer").
            if (element.ClassList.Any(c => c.Split('-', '_').Any(BoilerplateWords.Contains)) && element.TextContent.Length < Math.Max(200, _articleLength / 3)) return true;
            if (!BlockTags.Contains(element.LocalName)) return false;
            var text = element.TextContent;
            if (text.Length > 300) return false;
            text = Whitespace().Replace(text, " ").Trim();
            return CreditLine().IsMatch(text) || PromptLine().IsMatch(text) || (TeaserLead().IsMatch(text) && LinkShare(element) >= 0.5);
        }

        private static bool IsTeaserLabel(IElement element) =>
            element.TextContent.Length < 60 && TeaserLabel().IsMatch(Whitespace().Replace(element.TextContent, " ").Trim());

        private static IElement? NextElement(IElement element)
        {
            for (var next = element.NextSibling; next is not null; next = next.NextSibling)
            {
                if (next is IElement e) return e;
                if (next is IText t && !string.IsNullOrWhiteSpace(t.Data)) return null;
            }
            return null;
        }

        /// <summary>The share of an element's text that is link text.</summary>
        private static double LinkShare(IElement element)
        {
            var length = element.TextContent.Trim().Length;
            return length == 0 ? 0 : (double)element.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length) / length;
        }
    }

    private static readonly HashSet<string> Skipped =
        ["script", "style", "noscript", "template", "svg", "button", "select", "option", "textarea", "input", "iframe", "object",
         "embed", "canvas", "video", "audio", "source", "track", "map", "head", "title", "nav"];

    private static readonly HashSet<string> BlockTags =
        ["p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
         "dl", "dt", "dd", "blockquote", "figure", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "hr", "address",
         "details", "summary", "fieldset", "center"];

    // Not "cmp" (consent management platform): Adobe's CMS prefixes every component with it.
    [GeneratedRegex(@"cookie|consent|gdpr|onetrust|didomi|usercentrics|sp_message|privacy-?banner", RegexOptions.IgnoreCase)]
    private static partial Regex Banner();

    /// <summary>Words in class names of captions, credits, related links, share and newsletter boxes, comments; not "teaser", which German CMSs call an article's lead.</summary>
    private static readonly HashSet<string> BoilerplateWords = new(
        ["caption", "credit", "credits", "copyright", "bildunterschrift", "bildnachweis", "related", "recommended",
         "recommendations", "readmore", "weiterlesen", "lesetipp", "newsletter", "subscribe", "share", "sharing", "social", "paywall",
         "promo", "outbrain", "taboola", "comments", "kommentare"], StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:(?:lesen|lest|sehen|hören) sie (?:auch|mehr)|mehr (?:zum thema|dazu|lesen)|auch interessant|das könnte sie (?:auch )?interessieren|schon gelesen\??|weitere artikel|weiterführende artikel|empfohlene (?:artikel|beiträge)|zum thema|lesetipps?|read more|read next|more on this( story| topic)?|related( articles| stories| coverage| content)?|also read|see also|you (?:may|might) also like|recommended( for you)?|more from [\w ]{1,30}|top stories|trending( now)?)\s*[:.?!…]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TeaserLabel();

    [GeneratedRegex(@"^(?:(?:lesen|lest) sie (?:auch|mehr)|mehr (?:zum thema|dazu)|auch interessant|lesetipp|read more|read next|also read|related|see also|more)\s*[:»>|]", RegexOptions.IgnoreCase)]
    private static partial Regex TeaserLead();

    [GeneratedRegex(@"^[(\[]?(?:(?:bild|bilder|foto|fotos|photo|photos|image|images|picture|credit|grafik|illustration|quelle|source|copyright)\s*:\s*[^.!?]{1,100}|©[^.!?]{0,100}|(?:copyright|\(c\))\s+(?:©\s*)?\d{4}[^!?]{0,120})[)\]]?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"^(?:(?:diesen |den )?artikel (?:teilen|drucken|merken|versenden)|teilen( sie)?( diesen artikel)?|share( this( article| story)?)?( on \w+)?|drucken|print|(?:jetzt |zum )?newsletter (?:abonnieren|bestellen)|sign up for (?:our|the) \w+ newsletter|subscribe( now| to our newsletter)?|anzeige|advertisement|werbung)\s*[:.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex PromptLine();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([\w-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
