namespace ActorGraph.Model;

/// <summary>What an ingest stream carries: an <see cref="Actor"/>, a <see cref="Document"/>, a <see cref="Relation"/> or an <see cref="ActorAlias"/>.</summary>
public interface IGraphElement;

/// <summary>An element and the place in the input it came from, so errors can name file and line.</summary>
public readonly record struct SourcedElement(IGraphElement Element, string File, long Line);
