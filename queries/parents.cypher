// name: parents
// description: Edges out of the given documents by the given relations (a lineage, upwards).
// param keys: LIST<STRING>
// param relations: LIST<STRING>
// `vanban lineage` on a server asks once for every document of the tree (ids only: the
// evidence of the rows shown is fetched after); labels are spelled out so that both
// engines name the relation without type()/label().
UNWIND $keys AS k MATCH (d:Document {key: k})-[r:IMPLEMENTS]->(x:Document) WHERE 'IMPLEMENTS' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'IMPLEMENTS' AS relation
UNION ALL
UNWIND $keys AS k MATCH (d:Document {key: k})-[r:GUIDES]->(x:Document) WHERE 'GUIDES' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'GUIDES' AS relation
UNION ALL
UNWIND $keys AS k MATCH (d:Document {key: k})-[r:CONTINUES]->(x:Document) WHERE 'CONTINUES' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'CONTINUES' AS relation
UNION ALL
UNWIND $keys AS k MATCH (d:Document {key: k})-[r:BASED_ON]->(x:Document) WHERE 'BASED_ON' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'BASED_ON' AS relation
UNION ALL
UNWIND $keys AS k MATCH (d:Document {key: k})-[r:AMENDS]->(x:Document) WHERE 'AMENDS' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'AMENDS' AS relation
UNION ALL
UNWIND $keys AS k MATCH (d:Document {key: k})-[r:REPLACES]->(x:Document) WHERE 'REPLACES' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'REPLACES' AS relation
UNION ALL
UNWIND $keys AS k MATCH (d:Document {key: k})-[r:REPEALS]->(x:Document) WHERE 'REPEALS' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'REPEALS' AS relation
UNION ALL
UNWIND $keys AS k MATCH (d:Document {key: k})-[r:CITES]->(x:Document) WHERE 'CITES' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'CITES' AS relation
