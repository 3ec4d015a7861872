// name: implementers
// description: Documents and bodies that implement a document directly (one IMPLEMENTS, GUIDES or CONTINUES link; queries/chain.py), with dates and evidence.
// param number: STRING
MATCH (x)-[r:IMPLEMENTS|GUIDES|CONTINUES]->(d:Document)
WHERE $number IN d.lookup
RETURN x.key AS key, coalesce(x.number, x.name, x.title) AS implementer, x.level AS level,
       x.province AS province, x.province_today AS province_today, x.date AS date,
       d.date AS implemented_date, r.confidence AS confidence, r.sources AS sources,
       r.sentences AS sentences
ORDER BY date, key
