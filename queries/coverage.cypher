// name: coverage
// description: Documents by province: which provinces implement each one (directly or down a chain), and when first.
MATCH (x)-[:IMPLEMENTS|GUIDES|CONTINUES*1..6]->(d:Document)
WHERE x.province IS NOT NULL AND d.number IS NOT NULL
RETURN d.key AS key, d.number AS document, d.level AS level, d.date AS date,
       x.province AS province, count(DISTINCT x) AS implementing, min(x.date) AS first
ORDER BY date, document, province
