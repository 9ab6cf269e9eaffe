// Documents named in SIGNED relations but not stored: titled by their id; never overwrites a stored document.
// Returns each one's node id.
UNWIND $ids AS id
MERGE (d:Document {id: id})
  ON CREATE SET d.title = id, d.kind = 'declaration'
RETURN id, id(d) AS node
