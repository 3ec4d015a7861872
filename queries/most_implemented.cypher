// name: most_implemented
// description: Documents with the most implementing documents and bodies, down a chain of implementation (queries/chain.py).
// param limit: INTEGER
MATCH (x)-[:IMPLEMENTS|GUIDES|CONTINUES*1..6]->(d:Document)
RETURN d.number AS document, d.title AS title, d.level AS level,
       count(DISTINCT x) AS implementers, count(DISTINCT x.province) AS provinces
ORDER BY implementers DESC, document
LIMIT $limit
