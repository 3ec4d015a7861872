// name: coverage
// description: Central documents by province: which provinces have an implementing document, and when.
MATCH (x)-[:IMPLEMENTS]->(d:Document)
WHERE d.level = 'central' AND x.province IS NOT NULL
RETURN d.number AS central, d.date AS central_date, x.province AS province,
       count(DISTINCT x) AS implementing, min(x.date) AS first
ORDER BY central, province
