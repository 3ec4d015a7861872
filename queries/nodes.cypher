// name: nodes
// description: The fields a lineage or report shows for the given document keys.
// param keys: LIST<STRING>
MATCH (d:Document) WHERE d.key IN $keys
OPTIONAL MATCH (d)-[:ISSUED_BY]->(o:Organisation)
RETURN d.key AS key, d.number AS number, d.title AS title, d.type_code AS type,
       d.type_name AS type_name, d.level AS level, d.province AS province,
       d.province_today AS province_today, d.date AS date, o.name AS issuer,
       d.unnumbered AS unnumbered
