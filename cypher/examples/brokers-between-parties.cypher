// Brokers between parties: actors in direct contact (any relation but membership, either direction) with actors of at
// least $minParties different parties. After `actorgraph analyze --write-back`, b.betweenness ranks them further.
// params: {"minParties": 1}
MATCH (b:Actor)-[r]-(other:Actor)
WHERE other.party IS NOT NULL AND type(r) <> 'MEMBER_OF'
WITH b, collect(DISTINCT other.party) AS parties, count(r) AS contacts
WHERE size(parties) >= $minParties
RETURN b.name AS broker, b.party AS ownParty, parties, contacts, b.betweenness AS betweenness
ORDER BY size(parties) DESC, contacts DESC, broker
