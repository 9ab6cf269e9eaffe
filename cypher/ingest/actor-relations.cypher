// The relationships of one actor with their evidence and their ends (id and node id): those of an alias are re-created
// at the actor it names, those of that actor are what a re-pointed observation may repeat.
MATCH (a:Actor {id: $id})-[x]-()
RETURN type(x) AS type, startNode(x).id AS source, endNode(x).id AS target, id(startNode(x)) AS sourceNode,
       id(endNode(x)) AS targetNode, x AS props
