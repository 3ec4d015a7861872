// name: province_implements
// description: The central documents a province implements (down a chain of implementation, queries/chain.py), with its first and latest implementing dates.
// param province: STRING
MATCH (x)-[:IMPLEMENTS|GUIDES|CONTINUES*1..6]->(d:Document)
WHERE x.province = $province AND d.level = 'central'
RETURN d.number AS central, d.title AS title, d.date AS central_date,
       count(DISTINCT x) AS implementing, min(x.date) AS first, max(x.date) AS latest
ORDER BY central_date, central
