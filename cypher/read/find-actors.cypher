// Actors whose id or name contains $q (already lower-cased by the service; null finds all), by name.
MATCH (a:Actor)
WHERE $q IS NULL OR a.searchKey CONTAINS $q
RETURN a.id, a.name, a.kind, a.party, a.country, a.handles, a.attributes
ORDER BY toLower(a.name), a.id
LIMIT $limit
