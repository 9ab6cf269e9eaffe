// Every document, by id.
MATCH (d:Document)
RETURN d.id, d.title, d.kind, d.url, d.date, d.outlet
ORDER BY d.id
