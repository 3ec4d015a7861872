// name: most_implemented
// description: Documents with the most implementing documents and bodies.
// param limit: INTEGER
MATCH (x)-[:IMPLEMENTS]->(d:Document)
RETURN d.number AS document, d.title AS title, d.level AS level,
       count(DISTINCT x) AS implementers, count(DISTINCT x.province) AS provinces
ORDER BY implementers DESC, document
LIMIT $limit
