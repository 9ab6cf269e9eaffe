// The relationships of one actor with their evidence: those of an alias are re-created at the actor it names, those
// of that actor are what a re-pointed observation may repeat.
MATCH (a:Actor {id: $id})-[x]-()
RETURN type(x) AS type, startNode(x).id AS source, endNode(x).id AS target, x AS props
