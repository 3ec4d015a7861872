// name: nodes
// description: The fields a lineage or report shows for the given document keys.
// param keys: LIST<STRING>
// One primary-key lookup a key (UNWIND): `d.key IN $keys` tests every document against
// the whole list.
UNWIND $keys AS k MATCH (d:Document {key: k})
OPTIONAL MATCH (d)-[:ISSUED_BY]->(o:Organisation)
RETURN d.key AS key, d.number AS number, d.title AS title, d.type_code AS type,
       d.type_name AS type_name, d.level AS level, d.province AS province,
       d.province_today AS province_today, d.date AS date, o.name AS issuer,
       d.unnumbered AS unnumbered
