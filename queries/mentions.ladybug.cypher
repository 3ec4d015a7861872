// name: mentions
// description: Every edge that touches a document, both ways, with the ids of its evidence (`evidence_by_id`).
// param key: STRING
// LadybugDB spells the relationship type label(r); the Neo4j twin uses type(r).
MATCH (d:Document)-[r]->(x) WHERE d.key = $key
RETURN 'out' AS direction, label(r) AS relation, x.key AS other_key,
       coalesce(x.number, x.name, x.title) AS other, r.confidence AS confidence,
       r.evidence AS evidence, r.evidence_count AS evidence_count
UNION ALL
MATCH (x)-[r]->(d:Document) WHERE d.key = $key
RETURN 'in' AS direction, label(r) AS relation, x.key AS other_key,
       coalesce(x.number, x.name, x.title) AS other, r.confidence AS confidence,
       r.evidence AS evidence, r.evidence_count AS evidence_count
