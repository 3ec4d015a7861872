// name: most_cited
// description: Documents named most often, in any relation, counting every piece of evidence.
// param limit: INTEGER
MATCH (x)-[r]->(d:Document)
RETURN d.number AS document, d.title AS title, d.level AS level,
       count(DISTINCT x) AS citing, sum(r.evidence_count) AS mentions
ORDER BY mentions DESC, document
LIMIT $limit
