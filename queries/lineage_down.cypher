// name: lineage_down
// description: Who implements, guides or continues a document, up to six steps down, nearest first.
// param number: STRING
// The number is matched against Document.lookup, its folded spellings (upper case, Đ as D,
// no spaces); `vanban cypher` folds a parameter called `number` for you.
MATCH p = (x)-[:IMPLEMENTS|GUIDES|CONTINUES*1..6]->(d:Document)
WHERE $number IN d.lookup
RETURN x.key AS key, coalesce(x.number, x.name, x.title) AS document, x.level AS level,
       x.province AS province, x.date AS date, min(length(p)) AS steps
ORDER BY steps, date
