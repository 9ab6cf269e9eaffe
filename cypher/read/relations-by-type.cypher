// How many relationships of each type are stored (every relationship starts at an actor).
MATCH (:Actor)-[r]->()
RETURN type(r) AS type, count(*) AS relations
ORDER BY type
