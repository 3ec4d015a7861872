// name: lineage_up
// description: What a document implements, guides, continues or rests on, up to six steps up.
// param number: STRING
MATCH p = (d:Document)-[:IMPLEMENTS|GUIDES|CONTINUES|BASED_ON*1..6]->(x:Document)
WHERE $number IN d.lookup
RETURN x.key AS key, x.number AS document, x.level AS level, x.province AS province,
       x.date AS date, min(length(p)) AS steps
ORDER BY steps, date
