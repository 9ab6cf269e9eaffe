// Schema for Neo4j 3.x: uniqueness constraints (each also creates the index that MERGE and MATCH on id use).
// 3.x treats creating an existing constraint as a no-op, so applying this file again changes nothing.
CREATE CONSTRAINT ON (a:Actor) ASSERT a.id IS UNIQUE;
CREATE CONSTRAINT ON (d:Document) ASSERT d.id IS UNIQUE;
CREATE CONSTRAINT ON (m:ActorGraphMeta) ASSERT m.key IS UNIQUE;
CREATE CONSTRAINT ON (x:ActorAlias) ASSERT x.id IS UNIQUE;
