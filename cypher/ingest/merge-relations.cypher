// Relationships between actors that were both stored before this ingest: created only when no relationship of that
// type with that sourceId joins them yet (idempotent re-ingest). Returns how many were created.
UNWIND $rows AS r
MATCH (a:Actor {id: r.source})
MATCH (b:Actor {id: r.target})
OPTIONAL MATCH (a)-[x]->(b)
WHERE type(x) = r.type AND x.sourceId = r.props.sourceId
WITH a, b, r, x
WHERE x IS NULL
FOREACH (_ IN CASE WHEN r.type = 'TAGGED' THEN [1] ELSE [] END | CREATE (a)-[y:TAGGED]->(b) SET y = r.props)
FOREACH (_ IN CASE WHEN r.type = 'REPLIED_TO' THEN [1] ELSE [] END | CREATE (a)-[y:REPLIED_TO]->(b) SET y = r.props)
FOREACH (_ IN CASE WHEN r.type = 'FOLLOWS' THEN [1] ELSE [] END | CREATE (a)-[y:FOLLOWS]->(b) SET y = r.props)
FOREACH (_ IN CASE WHEN r.type = 'LIKED' THEN [1] ELSE [] END | CREATE (a)-[y:LIKED]->(b) SET y = r.props)
FOREACH (_ IN CASE WHEN r.type = 'RETWEETED' THEN [1] ELSE [] END | CREATE (a)-[y:RETWEETED]->(b) SET y = r.props)
FOREACH (_ IN CASE WHEN r.type = 'QUOTED' THEN [1] ELSE [] END | CREATE (a)-[y:QUOTED]->(b) SET y = r.props)
FOREACH (_ IN CASE WHEN r.type = 'MEMBER_OF' THEN [1] ELSE [] END | CREATE (a)-[y:MEMBER_OF]->(b) SET y = r.props)
FOREACH (_ IN CASE WHEN r.type = 'CO_SIGNED' THEN [1] ELSE [] END | CREATE (a)-[y:CO_SIGNED]->(b) SET y = r.props)
RETURN count(*) AS added
