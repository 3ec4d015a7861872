// name: node_order
// description: What orders a lineage's rows, for the given document keys: number, title and date.
// param keys: LIST<STRING>
// `vanban lineage --limit` fetches the other fields only for the page it prints.
UNWIND $keys AS k MATCH (d:Document {key: k})
RETURN d.key AS key, d.number AS number, d.title AS title, d.date AS date
