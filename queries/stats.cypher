// name: stats
// description: The size of the graph: nodes by label and edges by relation.
MATCH (n:Document) RETURN 'Document' AS kind, count(n) AS count
UNION ALL MATCH (n:Organisation) RETURN 'Organisation' AS kind, count(n) AS count
UNION ALL MATCH (n:Source) RETURN 'Source' AS kind, count(n) AS count
UNION ALL MATCH (n:Unresolved) RETURN 'Unresolved' AS kind, count(n) AS count
UNION ALL MATCH ()-[r:BASED_ON]->() RETURN 'BASED_ON' AS kind, count(r) AS count
UNION ALL MATCH ()-[r:IMPLEMENTS]->() RETURN 'IMPLEMENTS' AS kind, count(r) AS count
UNION ALL MATCH ()-[r:GUIDES]->() RETURN 'GUIDES' AS kind, count(r) AS count
UNION ALL MATCH ()-[r:AMENDS]->() RETURN 'AMENDS' AS kind, count(r) AS count
UNION ALL MATCH ()-[r:REPLACES]->() RETURN 'REPLACES' AS kind, count(r) AS count
UNION ALL MATCH ()-[r:REPEALS]->() RETURN 'REPEALS' AS kind, count(r) AS count
UNION ALL MATCH ()-[r:CONTINUES]->() RETURN 'CONTINUES' AS kind, count(r) AS count
UNION ALL MATCH ()-[r:CITES]->() RETURN 'CITES' AS kind, count(r) AS count
UNION ALL MATCH ()-[r:ISSUED_BY]->() RETURN 'ISSUED_BY' AS kind, count(r) AS count
