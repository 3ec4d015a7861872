// name: children
// description: Edges into the given documents by the given relations (a lineage, downwards).
// param keys: LIST<STRING>
// param relations: LIST<STRING>
// `vanban lineage` asks once for every document of the tree; labels are spelled out so
// that both engines name the relation without type()/label().
UNWIND $keys AS k MATCH (x)-[r:IMPLEMENTS]->(d:Document {key: k}) WHERE 'IMPLEMENTS' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'IMPLEMENTS' AS relation, r.sources AS sources, r.sentences AS sentences, r.surfaces AS surfaces, r.confidence AS confidence, r.rules AS rules
UNION ALL
UNWIND $keys AS k MATCH (x)-[r:GUIDES]->(d:Document {key: k}) WHERE 'GUIDES' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'GUIDES' AS relation, r.sources AS sources, r.sentences AS sentences, r.surfaces AS surfaces, r.confidence AS confidence, r.rules AS rules
UNION ALL
UNWIND $keys AS k MATCH (x)-[r:CONTINUES]->(d:Document {key: k}) WHERE 'CONTINUES' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'CONTINUES' AS relation, r.sources AS sources, r.sentences AS sentences, r.surfaces AS surfaces, r.confidence AS confidence, r.rules AS rules
UNION ALL
UNWIND $keys AS k MATCH (x)-[r:BASED_ON]->(d:Document {key: k}) WHERE 'BASED_ON' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'BASED_ON' AS relation, r.sources AS sources, r.sentences AS sentences, r.surfaces AS surfaces, r.confidence AS confidence, r.rules AS rules
UNION ALL
UNWIND $keys AS k MATCH (x)-[r:AMENDS]->(d:Document {key: k}) WHERE 'AMENDS' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'AMENDS' AS relation, r.sources AS sources, r.sentences AS sentences, r.surfaces AS surfaces, r.confidence AS confidence, r.rules AS rules
UNION ALL
UNWIND $keys AS k MATCH (x)-[r:REPLACES]->(d:Document {key: k}) WHERE 'REPLACES' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'REPLACES' AS relation, r.sources AS sources, r.sentences AS sentences, r.surfaces AS surfaces, r.confidence AS confidence, r.rules AS rules
UNION ALL
UNWIND $keys AS k MATCH (x)-[r:REPEALS]->(d:Document {key: k}) WHERE 'REPEALS' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'REPEALS' AS relation, r.sources AS sources, r.sentences AS sentences, r.surfaces AS surfaces, r.confidence AS confidence, r.rules AS rules
UNION ALL
UNWIND $keys AS k MATCH (x)-[r:CITES]->(d:Document {key: k}) WHERE 'CITES' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'CITES' AS relation, r.sources AS sources, r.sentences AS sentences, r.surfaces AS surfaces, r.confidence AS confidence, r.rules AS rules
