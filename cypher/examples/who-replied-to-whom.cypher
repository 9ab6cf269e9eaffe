// Who replied to whom: every pair with the number of replies and the first and last reply (undated replies have no time).
// params: {}
MATCH (a:Actor)-[r:REPLIED_TO]->(b:Actor)
RETURN a.name AS replier, b.name AS repliedTo, count(r) AS replies, min(r.at) AS first, max(r.at) AS last
ORDER BY replies DESC, replier, repliedTo
