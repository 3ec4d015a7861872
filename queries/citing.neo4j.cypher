// name: citing
// description: Every document or body that names a document, with the relation and how often.
// param number: STRING
// Neo4j spells the relationship type type(r); the LadybugDB twin uses label(r).
MATCH (x)-[r]->(d:Document)
WHERE $number IN d.lookup
RETURN coalesce(x.number, x.name, x.title) AS citing, type(r) AS relation,
       x.province AS province, x.date AS date, r.evidence_count AS mentions
ORDER BY date, citing, relation
