// Every stored actor id, so that an ingest knows which ids are new (placeholders, --strict, no duplicate check needed),
// with its node id, by which the ingest's statements find the actor without a lookup in the id index.
MATCH (a:Actor)
RETURN a.id AS id, id(a) AS node
