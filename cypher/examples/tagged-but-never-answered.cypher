// Who was tagged but never answered: actors tagged by someone they never replied to, with who tagged them and the evidence.
// params: {}
MATCH (tagger:Actor)-[t:TAGGED]->(tagged:Actor)
WHERE NOT (tagged)-[:REPLIED_TO]->(tagger)
RETURN tagged.name AS silent, tagger.name AS taggedBy, t.at AS taggedAt, t.quote AS evidence
ORDER BY silent, taggedBy
