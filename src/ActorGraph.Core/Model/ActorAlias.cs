namespace ActorGraph.Model;

/// <summary>
/// An actor id that turns out to name another actor, e.g. an X account first known only by its number
/// (<c>x:id:123</c>) whose username a later file tells (<c>x:name</c>). A store re-points the relations stored under
/// <see cref="From"/> to <see cref="To"/> (an observation stored under both is kept once), drops <see cref="From"/> and
/// remembers the alias, so relations naming <see cref="From"/> later are stored under <see cref="To"/>. Applies only
/// when <see cref="From"/> is an actor in the store or the ingest; otherwise it is ignored.
/// </summary>
public sealed record ActorAlias(string From, string To) : IGraphElement;
