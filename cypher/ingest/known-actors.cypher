// Every stored actor id, so that an ingest knows which ids are new (placeholders, --strict, no duplicate check needed).
MATCH (a:Actor)
RETURN a.id AS id
