// name: find_documents
// description: Documents answering to a number in any spelling (folded), with their dates.
// param number: STRING
MATCH (d:Document)
WHERE $number IN d.lookup
OPTIONAL MATCH (d)-[:ISSUED_BY]->(o:Organisation)
RETURN d.key AS key, d.number AS number, d.aliases AS aliases, d.period AS period,
       d.year AS year, d.date AS date, d.level AS level, d.province AS province,
       d.title AS title, o.name AS issuer
ORDER BY date, key
