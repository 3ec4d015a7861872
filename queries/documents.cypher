// name: documents
// description: Every document with the fields a search matches and shows.
MATCH (d:Document)
RETURN d.key AS key, d.number AS number, d.title AS title, d.type_name AS type,
       d.level AS level, d.province AS province, d.date AS date
