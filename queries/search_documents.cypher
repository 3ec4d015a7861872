// name: search_documents
// description: Every document with the fields `vanban search` ranks on: spellings, titles, places, date, issuers.
MATCH (d:Document)
OPTIONAL MATCH (d)-[:ISSUED_BY]->(o:Organisation)
RETURN d.key AS key, d.number AS number, d.aliases AS aliases, d.lookup AS lookup,
       d.title AS title, d.titles AS titles, d.type_name AS type, d.level AS level,
       d.province AS province, d.province_today AS province_today, d.date AS date,
       collect(o.name) AS issuers
