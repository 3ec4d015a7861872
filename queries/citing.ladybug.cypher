// name: citing
// description: Every document or body that names a document, with the relation and how often.
// param number: STRING
// LadybugDB spells the relationship type label(r); the Neo4j twin uses type(r).
MATCH (x)-[r]->(d:Document)
WHERE $number IN d.lookup
RETURN coalesce(x.number, x.name, x.title) AS citing, label(r) AS relation,
       x.province AS province, x.date AS date, r.evidence_count AS mentions
ORDER BY date, citing, relation
