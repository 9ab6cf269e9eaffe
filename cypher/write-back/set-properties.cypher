// Writes analysis results as actor properties (r.props maps a property name such as pagerank to its value).
UNWIND $rows AS r
MATCH (a:Actor {id: r.id})
SET a += r.props
RETURN count(a) AS written
