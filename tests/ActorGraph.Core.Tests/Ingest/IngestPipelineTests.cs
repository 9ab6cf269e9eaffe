using ActorGraph.Ingest;
using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Core.Tests.Ingest;

public sealed class IngestPipelineTests
{
    private static IAsyncEnumerable<SourcedElement> Rows(params IGraphElement[] elements) =>
        elements.Select((e, i) => new SourcedElement(e, "edges.csv", i + 2)).ToAsyncEnumerable();

    private static Relation Tag(string source, string target, string id) =>
        new(source, RelationType.Tagged, target, null, 1, new Evidence(id, null, null, null, 1, null));

    [Fact]
    public async Task Relations_to_unknown_ids_get_one_placeholder_each_and_the_store_sees_checked_batches()
    {
        var pipeline = new IngestPipeline(new IngestOptions());
        pipeline.StoredActor("saskia-esken");
        var batches = new List<IngestBatch>();

        var result = await pipeline.RunAsync(
            Rows(Tag("ashton-kutcher", "saskia-esken", "t1"), Tag("ashton-kutcher", "birgit-sippel", "t2"), Tag("saskia-esken", "saskia-esken", "t3")),
            (batch, _) => { batches.Add(batch); return ValueTask.FromResult((long)batch.Relations.Count - 1); }, batchSize: 2, default);

        Assert.Equal([2, 1], batches.Select(b => b.Relations.Count));
        Assert.Equal(["ashton-kutcher", "birgit-sippel"], batches.SelectMany(b => b.PlaceholderActors).Select(n => n.Id));
        Assert.Equal([false, false, true], batches.SelectMany(b => b.Relations).Select(r => r.EndsStoredBefore));
        Assert.Equal(new IngestResult(2, 0, 1, 2), result);
    }

    [Fact]
    public async Task Strict_refuses_an_unknown_target_naming_file_line_and_field()
    {
        var pipeline = new IngestPipeline(new IngestOptions(Strict: true));
        pipeline.StoredActor("ashton-kutcher");

        var error = await Assert.ThrowsAsync<IngestException>(() => pipeline.RunAsync(
            Rows(Tag("ashton-kutcher", "nobody", "t1")), (_, _) => ValueTask.FromResult(0L), 10, default));
        Assert.Equal("edges.csv:2: target: a known actor id (--strict), got 'nobody'", error.Message);
    }

    [Fact]
    public async Task An_alias_of_a_known_actor_names_its_later_relations_and_reaches_the_store_last_and_one_of_nobody_is_dropped()
    {
        var pipeline = new IngestPipeline(new IngestOptions());
        pipeline.StoredActor("x:id:7");
        pipeline.StoredAlias("x:id:5", "x:anna");
        var batches = new List<IngestBatch>();

        var result = await pipeline.RunAsync(
            Rows(new ActorAlias("x:id:7", "x:lea"), new ActorAlias("x:id:8", "x:max"), Tag("x:id:7", "x:id:5", "t1"), Tag("x:anna", "x:lea", "t2")),
            (batch, _) => { batches.Add(batch); return ValueTask.FromResult(0L); }, batchSize: 2, default);

        Assert.Equal(["x:lea TAGGED x:anna", "x:anna TAGGED x:lea"],
            batches.SelectMany(b => b.Relations).Select(r => $"{r.Relation.Source} {r.Relation.Type.ToName()} {r.Relation.Target}"));
        Assert.Equal([new ActorAlias("x:id:7", "x:lea")], batches[^1].Aliases);
        Assert.Equal(["x:lea", "x:anna"], batches.SelectMany(b => b.PlaceholderActors).Select(n => n.Id));
        Assert.Equal([new ActorAlias("x:id:7", "x:lea")], result.Named);
    }

    [Fact]
    public async Task Progress_ends_with_the_number_of_elements_read()
    {
        var reported = new List<long>();
        var pipeline = new IngestPipeline(new IngestOptions(Progress: new Synchronous(reported.Add)));
        await pipeline.RunAsync(Rows(new Actor("a", "A"), new Actor("b", "B"), new Document("d", "D")), (_, _) => ValueTask.FromResult(0L), 10, default);
        Assert.Equal(3, reported[^1]);
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; posts to the thread pool, too late for an assertion).</summary>
    private sealed class Synchronous(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
