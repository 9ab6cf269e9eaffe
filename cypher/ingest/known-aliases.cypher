// Every alias an earlier ingest applied (see apply-alias.cypher): relations naming one are stored under its actor.
MATCH (x:ActorAlias)
RETURN x.id AS alias, x.actor AS actor
