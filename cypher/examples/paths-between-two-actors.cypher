// Paths between two actors: the shortest chains (up to 6 steps, any relation, either direction) from $from to $to,
// naming every actor or document on the way and the relation types between them.
// params: {"from": "norbert-walter-borjans", "to": "birgit-sippel"}
MATCH (a:Actor {id: $from})
MATCH (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
RETURN [n IN nodes(p) | coalesce(n.name, n.title)] AS chain, [r IN relationships(p) | type(r)] AS relations
