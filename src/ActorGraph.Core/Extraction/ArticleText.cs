using SmartReader;

namespace ActorGraph.Extraction;

/// <summary>
/// The text an article file holds: plain text as it is; a saved web page (<c>.html</c>) through SmartReader, a port of
/// Mozilla's Readability, which keeps the article's main text and leaves out navigation, teasers, comments and scripts.
/// Paragraphs come out separated by blank lines, so sentences never run across them.
/// </summary>
public static class ArticleText
{
    /// <summary>An HTML file by its name, or by content that opens like a page.</summary>
    public static bool IsHtml(string content, string? name = null)
    {
        if (name is not null && Path.GetExtension(name).ToLowerInvariant() is ".html" or ".htm" or ".xhtml") return true;
        var start = content.AsSpan().TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The article's text: <paramref name="content"/> itself, or the main text of the page it holds.</summary>
    public static string Read(string content, string? name = null) => IsHtml(content, name) ? FromHtml(content, name ?? "page") : content;

    /// <summary>The main text of a page; <paramref name="name"/> names it in the error when the page holds no article.</summary>
    public static string FromHtml(string html, string name)
    {
        // A short news item is still an article: Readability's default threshold (500 characters) is for long reads.
        var reader = new Reader("https://localhost/", html) { CharThreshold = 100 };
        var text = reader.GetArticle().TextContent?.Trim();
        if (string.IsNullOrEmpty(text)) throw new BadInputException($"{name}: no article text found in the page.");
        return text.ReplaceLineEndings("\n");
    }
}
