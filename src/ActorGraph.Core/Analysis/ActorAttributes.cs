using System.Globalization;
using ActorGraph.Storage;

namespace ActorGraph.Analysis;

/// <summary>What an attribute's values are: numbers to size and filter by (<c>followers_count</c>), or a few
/// categories to filter by (<c>verified_type</c>).</summary>
public static class AttributeKinds
{
    public const string Number = "number";
    public const string Category = "category";
}

/// <summary>An attribute some actor of the filtered network holds (<c>/api/attributes</c>).</summary>
/// <param name="Actors">How many actors of the network hold it; the others have no value (no size from it).</param>
/// <param name="Min">For numbers: the smallest value in the network.</param>
/// <param name="Max">For numbers: the largest value in the network.</param>
/// <param name="Values">For categories: each value with how many actors hold it, most first.</param>
public sealed record AttributeSummary(string Name, string Kind, int Actors, double? Min, double? Max, IReadOnlyList<CategoryCount>? Values);

public sealed record CategoryCount(string Value, int Actors);

/// <summary>One actor's value of an attribute: <paramref name="Value"/> for numbers, <paramref name="Text"/> for categories.</summary>
public sealed record ActorAttribute(string Id, string Name, double? Value, string? Text);

/// <summary>
/// The actors' free attributes (<see cref="Model.Actor.Attributes"/>: account metadata such as followers_count and
/// verified_type, extra CSV columns) as columns the page can size and filter by, read once per store version.
/// An attribute is a number when every stored value parses as a finite number, a category when it has at most
/// <see cref="MaxCategories"/> distinct short values and some value is shared by two actors (a text every actor has
/// its own of is not a category); anything else (descriptions, dates, locations) is left out, and so is a
/// name ending in <c>id</c>: an identifier is not a quantity (as in the exports' typed columns). Memory is one
/// double or one shared string reference per stored actor and attribute kept.
/// </summary>
public sealed class ActorAttributes
{
    /// <summary>More distinct values than this and an attribute is free text, not something to filter by.</summary>
    public const int MaxCategories = 20;

    /// <summary>A longer value is a text, not a category.</summary>
    public const int MaxCategoryLength = 40;

    private readonly Dictionary<string, int> _row;
    private readonly Dictionary<string, double[]> _numbers;
    private readonly Dictionary<string, string?[]> _categories;

    private ActorAttributes(Dictionary<string, int> row, Dictionary<string, double[]> numbers, Dictionary<string, string?[]> categories)
    {
        _row = row;
        _numbers = numbers;
        _categories = categories;
    }

    /// <summary>Approximate bytes held, for the analysis cache's budget.</summary>
    public long EstimatedBytes => _row.Count * 48L + _numbers.Count * 8L * _row.Count + _categories.Count * 8L * _row.Count;

    /// <summary>Reads every stored actor once (streamed; only the kept columns stay in memory).</summary>
    public static async Task<ActorAttributes> LoadAsync(IGraphStore store, CancellationToken ct = default)
    {
        var row = new Dictionary<string, int>(StringComparer.Ordinal);
        // Per attribute: rows and raw values while reading; dropped as soon as it can be neither number nor category.
        var columns = new Dictionary<string, Column>(StringComparer.Ordinal);
        await foreach (var actor in store.ReadActorsAsync(ct))
        {
            var r = row.Count;
            row[actor.Id] = r;
            foreach (var (name, text) in actor.Attributes)
            {
                if (text.Length == 0 || name.EndsWith("id", StringComparison.OrdinalIgnoreCase)) continue;
                if (!columns.TryGetValue(name, out var column)) columns[name] = column = new Column();
                column.Add(r, text);
            }
        }
        var numbers = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var categories = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        foreach (var (name, column) in columns)
        {
            if (column.IsNumber) numbers[name] = column.NumberColumn(row.Count);
            else if (column.IsCategory) categories[name] = column.CategoryColumn(row.Count);
        }
        return new ActorAttributes(row, numbers, categories);
    }

    /// <summary>The attributes held by some actor of <paramref name="g"/> (documents are not actors), by name.</summary>
    public IReadOnlyList<AttributeSummary> Describe(GraphSnapshot g)
    {
        var rows = Rows(g);
        var result = new List<AttributeSummary>();
        foreach (var (name, column) in _numbers)
        {
            var values = rows.Select(r => column[r]).Where(v => !double.IsNaN(v)).ToList();
            if (values.Count > 0) result.Add(new AttributeSummary(name, AttributeKinds.Number, values.Count, values.Min(), values.Max(), null));
        }
        foreach (var (name, column) in _categories)
        {
            var counts = rows.Select(r => column[r]).OfType<string>().CountBy(v => v)
                .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => new CategoryCount(c.Key, c.Value)).ToList();
            if (counts.Count > 0) result.Add(new AttributeSummary(name, AttributeKinds.Category, counts.Sum(c => c.Actors), null, null, counts));
        }
        return [.. result.OrderBy(a => a.Name, StringComparer.Ordinal)];
    }

    /// <summary>The actors of <paramref name="g"/> holding attribute <paramref name="name"/>, with their value: numbers
    /// highest first, categories by value; then by id. At most <paramref name="top"/>.</summary>
    /// <exception cref="BadInputException">No stored actor has such an attribute (as a number or category).</exception>
    public IReadOnlyList<ActorAttribute> Values(GraphSnapshot g, string name, int? top = null)
    {
        if (top is < 1) throw new BadInputException($"top: expected a positive number, got {top}.");
        var actors = Enumerable.Range(0, g.NodeCount).Where(u => !g.IsDocument(u) && _row.ContainsKey(g.Ids[u]));
        IEnumerable<ActorAttribute> listed;
        if (_numbers.TryGetValue(name, out var numbers))
        {
            listed = actors.Select(u => (u, v: numbers[_row[g.Ids[u]]])).Where(p => !double.IsNaN(p.v))
                .OrderByDescending(p => p.v).ThenBy(p => g.Ids[p.u], StringComparer.Ordinal)
                .Select(p => new ActorAttribute(g.Ids[p.u], g.Names[p.u], p.v, null));
        }
        else if (_categories.TryGetValue(name, out var categories))
        {
            listed = actors.Select(u => (u, v: categories[_row[g.Ids[u]]])).Where(p => p.v is not null)
                .OrderBy(p => p.v, StringComparer.Ordinal).ThenBy(p => g.Ids[p.u], StringComparer.Ordinal)
                .Select(p => new ActorAttribute(g.Ids[p.u], g.Names[p.u], null, p.v));
        }
        else
        {
            var known = _numbers.Keys.Concat(_categories.Keys).Order(StringComparer.Ordinal).ToList();
            throw new BadInputException($"Unknown attribute '{name}'; expected one of the stored actors' number or category attributes"
                + (known.Count > 0 ? $" ({string.Join(", ", known)})." : " (none is stored)."));
        }
        return [.. listed.Take(top ?? int.MaxValue)];
    }

    /// <summary>The name of a stored number attribute, for what ranks by a measure or by one of these.</summary>
    /// <exception cref="BadInputException">It is neither a measure nor a stored number attribute.</exception>
    public string RequireNumber(string name) =>
        _numbers.ContainsKey(name)
            ? name
            : throw new BadInputException($"Unknown measure '{name}'; expected one of {string.Join(", ", Measures.Names)}"
                + (_numbers.Count > 0 ? $", or an actor attribute ({string.Join(", ", _numbers.Keys.Order(StringComparer.Ordinal))})." : "."));

    private IEnumerable<int> Rows(GraphSnapshot g)
    {
        for (var u = 0; u < g.NodeCount; u++)
            if (!g.IsDocument(u) && _row.TryGetValue(g.Ids[u], out var r)) yield return r;
    }

    /// <summary>One attribute's values while reading: numbers while every value is one, the few distinct texts while
    /// they are few; the raw texts are not kept (a category value is the one shared instance of its text).</summary>
    private sealed class Column
    {
        private readonly List<int> _rows = [];
        private List<double>? _numbers = [];
        private List<string>? _texts = [];
        private Dictionary<string, string>? _distinct = new(StringComparer.Ordinal);

        public bool IsNumber => _numbers is not null;

        public bool IsCategory => _distinct is not null && _distinct.Count < _rows.Count;

        public void Add(int row, string text)
        {
            _rows.Add(row);
            if (_numbers is not null)
            {
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)) _numbers.Add(d);
                else _numbers = null;
            }
            if (_distinct is not null)
            {
                if (!_distinct.TryGetValue(text, out var shared))
                {
                    if (_distinct.Count < MaxCategories && text.Length <= MaxCategoryLength) _distinct[text] = shared = text;
                    else (_distinct, _texts) = (null, null);
                }
                _texts?.Add(shared!);
            }
            if (_numbers is null && _distinct is null) _rows.Clear();
        }

        public double[] NumberColumn(int rows)
        {
            var column = new double[rows];
            Array.Fill(column, double.NaN);
            for (var i = 0; i < _rows.Count; i++) column[_rows[i]] = _numbers![i];
            return column;
        }

        public string?[] CategoryColumn(int rows)
        {
            var column = new string?[rows];
            for (var i = 0; i < _rows.Count; i++) column[_rows[i]] = _texts![i];
            return column;
        }
    }
}
