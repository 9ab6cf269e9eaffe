// How many relationships are stored: from Neo4j's count store, without reading them. An ingest compares it with the
// pairs it has to check, to decide between asking per batch and reading every stored identity once.
MATCH ()-[x]->()
RETURN count(x) AS relations
