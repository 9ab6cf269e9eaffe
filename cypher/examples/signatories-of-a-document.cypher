// Signatories of a document: who signed $document (a document id), when, and the evidence for each signature.
// params: {"document": "global-alliance-2012"}
MATCH (a:Actor)-[s:SIGNED]->(d:Document {id: $document})
RETURN d.title AS document, a.name AS signatory, a.kind AS kind, s.at AS signedAt, s.quote AS evidence
ORDER BY signatory
