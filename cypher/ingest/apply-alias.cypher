// An actor found to be another one ($from names $to, e.g. x:id:123 is x:name): once its relationships are re-created
// at $to, it is dropped, and the alias is kept so that later ingests store relations naming $from under $to.
OPTIONAL MATCH (old:Actor {id: $from})
DETACH DELETE old
WITH count(*) AS dropped
OPTIONAL MATCH (earlier:ActorAlias {actor: $from})
SET earlier.actor = $to
WITH count(*) AS updated
MERGE (x:ActorAlias {id: $from})
SET x.actor = $to
