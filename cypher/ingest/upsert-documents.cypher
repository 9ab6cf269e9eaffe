// Documents from the input: created or updated (a null value removes the property); returns each one's node id.
UNWIND $rows AS r
MERGE (d:Document {id: r.id})
SET d.title = r.title, d.kind = r.kind, d.url = r.url, d.date = r.date, d.outlet = r.outlet
RETURN r.id AS id, id(d) AS node
