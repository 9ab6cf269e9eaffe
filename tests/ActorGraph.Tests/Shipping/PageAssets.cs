using System.Text.RegularExpressions;

namespace ActorGraph.Tests.Shipping;

/// <summary>The page as a browser loads it: <c>/</c>, then every script and stylesheet it refers to, and those the scripts load.</summary>
public static partial class PageAssets
{
    /// <summary>Fails unless <c>/</c> and each script and stylesheet (at least one of each) answer 200 with content.</summary>
    public static async Task AssertServedAsync(HttpClient http)
    {
        var pending = new Queue<string>(Referenced(await http.GetStringAsync("/")));
        var seen = new HashSet<string>(pending);
        Assert.Contains(seen, a => a.EndsWith(".js")); // the page's own script, not only its stylesheet
        Assert.Contains(seen, a => a.EndsWith(".css"));
        while (pending.TryDequeue(out var asset))
        {
            using var response = await http.GetAsync(asset);
            Assert.True(response.IsSuccessStatusCode, $"{asset}: {(int)response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(body.Length > 0, $"{asset} is empty");
            // Scripts load further scripts (the layout worker) by path.
            if (asset.EndsWith(".js"))
                foreach (var more in Referenced(body).Where(seen.Add)) pending.Enqueue(more);
        }
    }

    /// <summary>Scripts and stylesheets a page or script refers to by a path under dist/ (never another host).</summary>
    private static IEnumerable<string> Referenced(string text) => AssetReference().Matches(text).Select(m => "/" + m.Groups["path"].Value).Distinct();

    [GeneratedRegex("""["'](?:\./)?(?<path>dist/[\w./-]+\.(?:js|css))["']""")]
    private static partial Regex AssetReference();
}
