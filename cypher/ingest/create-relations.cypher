// New relationships between actors, one per observation, when at least one end is new in this ingest (so none can
// exist yet). Relationship types cannot be parameters, hence one FOREACH per type; r.props holds the evidence properties.
UNWIND $rows AS r
MATCH (a:Actor {id: r.source})
MATCH (b:Actor {id: r.target})
FOREACH (_ IN CASE WHEN r.type = 'TAGGED' THEN [1] ELSE [] END | CREATE (a)-[y:TAGGED]->(b) SET y = r.props)
FOREACH (_ IN CASE WHEN r.type = 'REPLIED_TO' THEN [1] ELSE [] END | CREATE (a)-[y:REPLIED_TO]->(b) SET y = r.props)
FOREACH (_ IN CASE WHEN r.type = 'FOLLOWS' THEN [1] ELSE [] END | CREATE (a)-[y:FOLLOWS]->(b) SET y = r.props)
FOREACH (_ IN CASE WHEN r.type = 'LIKED' THEN [1] ELSE [] END | CREATE (a)-[y:LIKED]->(b) SET y = r.props)
FOREACH (_ IN CASE WHEN r.type = 'RETWEETED' THEN [1] ELSE [] END | CREATE (a)-[y:RETWEETED]->(b) SET y = r.props)
FOREACH (_ IN CASE WHEN r.type = 'QUOTED' THEN [1] ELSE [] END | CREATE (a)-[y:QUOTED]->(b) SET y = r.props)
FOREACH (_ IN CASE WHEN r.type = 'MEMBER_OF' THEN [1] ELSE [] END | CREATE (a)-[y:MEMBER_OF]->(b) SET y = r.props)
FOREACH (_ IN CASE WHEN r.type = 'CO_SIGNED' THEN [1] ELSE [] END | CREATE (a)-[y:CO_SIGNED]->(b) SET y = r.props)
