namespace ActorGraph.Core.Tests.Storage;

/// <summary>One <see cref="Neo4jServer"/> for every test in the collection <c>neo4j</c>.</summary>
public sealed class Neo4jServerFixture : Neo4jServer, IAsyncLifetime;

/// <summary>Tests that need Neo4j share one server and run one after another (each empties the graph first).</summary>
[CollectionDefinition("neo4j")]
public sealed class Neo4jCollection : ICollectionFixture<Neo4jServerFixture>;
