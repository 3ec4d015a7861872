// name: children
// description: Edges into the given documents by the given relations (a lineage, downwards).
// param keys: LIST<STRING>
// param relations: LIST<STRING>
// `vanban lineage` on a server asks once for every document of the tree (ids only: the
// evidence of the rows shown is fetched after); labels are spelled out so that both
// engines name the relation without type()/label().
UNWIND $keys AS k MATCH (x)-[r:IMPLEMENTS]->(d:Document {key: k}) WHERE 'IMPLEMENTS' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'IMPLEMENTS' AS relation
UNION ALL
UNWIND $keys AS k MATCH (x)-[r:GUIDES]->(d:Document {key: k}) WHERE 'GUIDES' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'GUIDES' AS relation
UNION ALL
UNWIND $keys AS k MATCH (x)-[r:CONTINUES]->(d:Document {key: k}) WHERE 'CONTINUES' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'CONTINUES' AS relation
UNION ALL
UNWIND $keys AS k MATCH (x)-[r:BASED_ON]->(d:Document {key: k}) WHERE 'BASED_ON' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'BASED_ON' AS relation
UNION ALL
UNWIND $keys AS k MATCH (x)-[r:AMENDS]->(d:Document {key: k}) WHERE 'AMENDS' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'AMENDS' AS relation
UNION ALL
UNWIND $keys AS k MATCH (x)-[r:REPLACES]->(d:Document {key: k}) WHERE 'REPLACES' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'REPLACES' AS relation
UNION ALL
UNWIND $keys AS k MATCH (x)-[r:REPEALS]->(d:Document {key: k}) WHERE 'REPEALS' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'REPEALS' AS relation
UNION ALL
UNWIND $keys AS k MATCH (x)-[r:CITES]->(d:Document {key: k}) WHERE 'CITES' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'CITES' AS relation
