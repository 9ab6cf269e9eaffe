using ActorGraph.Export;
using ActorGraph.Model;
using ActorGraph.Storage;

namespace ActorGraph.Core.Tests.Export;

public sealed class ExportStreamingTests : IAsyncLifetime
{
    private const int RelationCount = 20_000;
    private readonly string _directory = Directory.CreateTempSubdirectory("actorgraph-stream-").FullName;
    private IGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteGraphStore(Path.Combine(_directory, "stream.db"));
        await _store.InitializeAsync();
        var relations = Enumerable.Range(0, RelationCount).Select(i => new SourcedElement(
            new Relation($"a{i % 500}", RelationType.Tagged, $"a{(i * 7 + 1) % 500}", null, 1, new Evidence($"s{i}", Quote: $"{i * 2654435761L:x16}{i * 40503L:x16}")), "gen", i + 1));
        await _store.IngestAsync(relations.ToAsyncEnumerable(), new IngestOptions());
    }

    public static TheoryData<string> Formats => new(ExportFormats.All.Select(f => f.Name));

    /// <summary>
    /// ASP.NET Core rejects synchronous writes to a response body, and a streamed export must reach the output in pieces
    /// as it goes, not as one document assembled in memory at the end.
    /// </summary>
    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Writes_reach_the_output_asynchronously_in_bounded_chunks(string format)
    {
        var output = new AsyncOnlyStream();
        var source = await ExportSource.OpenAsync(_store, RelationFilter.All);
        await ExportFormats.Find(format).WriteAsync(source, output, null, CancellationToken.None);

        Assert.True(output.Writes > 10, $"{output.Writes} writes");
        Assert.True(output.LargestWrite < 256 * 1024, $"largest write {output.LargestWrite} bytes");
        Assert.True(output.Total > RelationCount * 20, $"{output.Total} bytes");
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private sealed class AsyncOnlyStream : Stream
    {
        public int Writes { get; private set; }
        public long Total { get; private set; }
        public int LargestWrite { get; private set; }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default)
        {
            Writes++;
            Total += buffer.Length;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            return ValueTask.CompletedTask;
        }

        public override Task FlushAsync(CancellationToken ct) => Task.CompletedTask;
        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous write");
        public override void Flush() => throw new InvalidOperationException("Synchronous flush");
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
