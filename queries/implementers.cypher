// name: implementers
// description: Documents and bodies that implement a document directly (one IMPLEMENTS, GUIDES or CONTINUES link; queries/chain.py), with dates and the ids of their evidence (`evidence_by_id`).
// param number: STRING
MATCH (x)-[r:IMPLEMENTS|GUIDES|CONTINUES]->(d:Document)
WHERE $number IN d.lookup
RETURN x.key AS key, coalesce(x.number, x.name, x.title) AS implementer, x.level AS level,
       x.province AS province, x.province_today AS province_today, x.date AS date,
       d.date AS implemented_date, r.confidence AS confidence, r.evidence AS evidence,
       r.evidence_count AS evidence_count
ORDER BY date, key
