// Every actor and, when $documents, every document, by id, with its integer identity: the nodes of the analysis
// snapshot, actors first (see topology.cypher).
MATCH (n)
WHERE n:Actor OR ($documents AND n:Document)
RETURN id(n), n.id, coalesce(n.name, n.title), n:Actor AS actor
ORDER BY actor DESC, n.id
