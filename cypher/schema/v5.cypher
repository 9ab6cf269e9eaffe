// Schema for Neo4j 4.4 and 5.x: uniqueness constraints (each also creates the index that MERGE and MATCH on id use).
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT actorgraph_meta_key IF NOT EXISTS FOR (m:ActorGraphMeta) REQUIRE m.key IS UNIQUE;
CREATE CONSTRAINT actor_alias_id IF NOT EXISTS FOR (x:ActorAlias) REQUIRE x.id IS UNIQUE;
