using ActorGraph.Model;

namespace ActorGraph.Storage;

/// <summary>
/// The relations matching a filter as integers only — what analysis reads, never evidence text. Nodes
/// <c>0..Actors-1</c> are the stored actors in id order; the nodes after them are documents (when SIGNED is read) and
/// endpoints without a stored record. Relation <c>i</c> runs from <c>Source[i]</c> to <c>Target[i]</c>;
/// <c>Keys[i]</c> fetches its evidence on demand (<see cref="IGraphStore.ReadRelationsAsync(IReadOnlyCollection{long}, CancellationToken)"/>).
/// <c>At[i]</c> is its time in UTC ticks (<see cref="Undated"/> when it has none), <c>Confidence[i]</c> its evidence's confidence.
/// </summary>
public sealed record RelationTopology(
    string[] Ids, string[] Names, int Actors, int[] Source, int[] Target, RelationType[] Types, double[] Weights, long[] Keys,
    long[] At, double[] Confidence)
{
    /// <summary>The <see cref="At"/> of a relation without a time.</summary>
    public const long Undated = long.MinValue;

    public int RelationCount => Source.Length;

    /// <summary>The time of relation <paramref name="i"/>, or null.</summary>
    public DateTimeOffset? TimeOf(int i) => At[i] == Undated ? null : new DateTimeOffset(At[i], TimeSpan.Zero);

    /// <summary>
    /// The relations a store would read for <paramref name="filter"/> from the graph this topology holds whole (every
    /// relation, every actor and document): the same relations in the same order, the documents only when SIGNED is
    /// read. Times compare at whole seconds, as stores compare their stored text (<see cref="Timestamps.Format"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The filter names an actor (stores find those by their index instead).</exception>
    internal RelationTopology Where(RelationFilter filter)
    {
        if (filter.Actor is not null) throw new ArgumentException("An actor's relations are read from the store.", nameof(filter));
        var read = new bool[Enum.GetValues<RelationType>().Length];
        foreach (var type in filter.Types ?? RelationTypes.Observed.ToHashSet()) read[(int)type] = true;
        var from = filter.From is { } f ? Seconds(f) : long.MinValue;
        var to = filter.To is { } t ? Seconds(t) : long.MaxValue;
        var dated = filter.From is not null || filter.To is not null;
        var (minWeight, minConfidence) = (filter.MinWeight ?? double.NegativeInfinity, filter.MinConfidence ?? double.NegativeInfinity);
        var keep = new int[RelationCount];
        var count = 0;
        for (var i = 0; i < keep.Length; i++)
            if (read[(int)Types[i]] && (!dated || At[i] != Undated && At[i] >= from && At[i] <= to)
                && Weights[i] >= minWeight && Confidence[i] >= minConfidence) keep[count++] = i;
        var nodes = filter.Types is null || filter.Types.Contains(RelationType.Signed) ? Ids.Length : Actors;
        return new RelationTopology(nodes == Ids.Length ? Ids : Ids[..nodes], nodes == Ids.Length ? Names : Names[..nodes], Actors,
            Pick(Source), Pick(Target), Pick(Types), Pick(Weights), Pick(Keys), Pick(At), Pick(Confidence));

        T[] Pick<T>(T[] values)
        {
            if (count == values.Length) return values;
            var picked = new T[count];
            for (var k = 0; k < count; k++) picked[k] = values[keep[k]];
            return picked;
        }

        static long Seconds(DateTimeOffset at) => at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerSecond;
    }

    /// <summary>Bytes held, for caches that bound memory: the arrays plus the id and name strings.</summary>
    public long EstimatedBytes
    {
        get
        {
            long bytes = 24L * (Ids.Length + Names.Length) + (long)RelationCount * (4 + 4 + 4 + 8 + 8 + 8 + 8);
            for (var i = 0; i < Ids.Length; i++)
            {
                bytes += 22 + 2L * Ids[i].Length;
                if (!ReferenceEquals(Names[i], Ids[i])) bytes += 22 + 2L * Names[i].Length;
            }
            return bytes;
        }
    }
}

/// <summary>
/// Builds a <see cref="RelationTopology"/> as a store reads it: first the actors (and documents) with their names, then
/// every relation by its endpoints' ids. Ids are looked up as character spans, so a store reading raw bytes allocates
/// no string per relation.
/// </summary>
public sealed class RelationTopologyBuilder
{
    private readonly Dictionary<string, int> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _ids = [], _names = [];
    private int _actors = -1;
    private int[] _source, _target;
    private RelationType[] _types;
    private double[] _weights;
    private long[] _keys, _at;
    private double[] _confidence;
    private int _count;

    /// <param name="capacity">Expected number of relations (a hint; the arrays grow past it).</param>
    public RelationTopologyBuilder(int capacity = 1024)
    {
        _lookup = _nodes.GetAlternateLookup<ReadOnlySpan<char>>();
        capacity = Math.Max(capacity, 16);
        (_source, _target, _types, _weights, _keys) = (new int[capacity], new int[capacity], new RelationType[capacity], new double[capacity], new long[capacity]);
        (_at, _confidence) = (new long[capacity], new double[capacity]);
    }

    /// <summary>Declares a stored actor, in id order; all actors come before anything else. Returns its node.</summary>
    public int Actor(string id, string name)
    {
        if (_actors >= 0) throw new InvalidOperationException("Actors must be declared before documents and relations.");
        return Declare(id, name);
    }

    /// <summary>Declares a stored document (the target of SIGNED), after the actors. Returns its node.</summary>
    public int Document(string id, string title)
    {
        EndActors();
        return Declare(id, title);
    }

    /// <summary>The node of an id, added (named by its id) if it was not declared.</summary>
    public int Node(ReadOnlySpan<char> id)
    {
        if (_lookup.TryGetValue(id, out var node)) return node;
        EndActors();
        var text = id.ToString();
        return Declare(text, text);
    }

    /// <summary>The node of an id, added with this name if it was not declared.</summary>
    public int Node(string id, string name)
    {
        if (_nodes.TryGetValue(id, out var node)) return node;
        EndActors();
        return Declare(id, name);
    }

    /// <summary>The node of an id given as UTF-8 bytes (decoded without allocating for ids up to 256 characters).</summary>
    public int Node(ReadOnlySpan<byte> utf8)
    {
        Span<char> buffer = stackalloc char[256];
        return utf8.Length <= buffer.Length
            ? Node(buffer[..System.Text.Encoding.UTF8.GetChars(utf8, buffer)])
            : Node(System.Text.Encoding.UTF8.GetString(utf8).AsSpan());
    }

    /// <param name="at">UTC ticks, or <see cref="RelationTopology.Undated"/>.</param>
    public void Relation(long key, int source, int target, RelationType type, double weight, long at, double confidence)
    {
        EndActors();
        if (_count == _source.Length)
        {
            var size = _count * 2;
            Array.Resize(ref _source, size);
            Array.Resize(ref _target, size);
            Array.Resize(ref _types, size);
            Array.Resize(ref _weights, size);
            Array.Resize(ref _keys, size);
            Array.Resize(ref _at, size);
            Array.Resize(ref _confidence, size);
        }
        (_source[_count], _target[_count], _types[_count], _weights[_count], _keys[_count]) = (source, target, type, weight, key);
        (_at[_count], _confidence[_count]) = (at, confidence);
        _count++;
    }

    public RelationTopology Build()
    {
        EndActors();
        return new RelationTopology([.. _ids], [.. _names], _actors,
            _source[.._count], _target[.._count], _types[.._count], _weights[.._count], _keys[.._count], _at[.._count], _confidence[.._count]);
    }

    private void EndActors()
    {
        if (_actors < 0) _actors = _ids.Count;
    }

    private int Declare(string id, string name)
    {
        if (_nodes.TryGetValue(id, out var node)) return node;
        _nodes[id] = node = _ids.Count;
        _ids.Add(id);
        // A placeholder actor is named by its id: share the string.
        _names.Add(name == id ? id : name);
        return node;
    }
}
