// name: stats
// description: The size of the graph: nodes by label and edges by relation.
// One count after the other, then one row each, in this order: a UNION ALL of the counts
// came out in a different order about one run in 40, and ORDER BY would only sort its
// last part.
OPTIONAL MATCH (n:Document) WITH count(n) AS documents
OPTIONAL MATCH (n:Organisation) WITH documents, count(n) AS organisations
OPTIONAL MATCH (n:Source) WITH documents, organisations, count(n) AS sources
OPTIONAL MATCH (n:Unresolved)
WITH documents, organisations, sources, count(n) AS unresolved
OPTIONAL MATCH ()-[r:BASED_ON]->()
WITH documents, organisations, sources, unresolved, count(r) AS based_on
OPTIONAL MATCH ()-[r:IMPLEMENTS]->()
WITH documents, organisations, sources, unresolved, based_on, count(r) AS implements
OPTIONAL MATCH ()-[r:GUIDES]->()
WITH documents, organisations, sources, unresolved, based_on, implements, count(r) AS guides
OPTIONAL MATCH ()-[r:AMENDS]->()
WITH documents, organisations, sources, unresolved, based_on, implements, guides,
     count(r) AS amends
OPTIONAL MATCH ()-[r:REPLACES]->()
WITH documents, organisations, sources, unresolved, based_on, implements, guides, amends,
     count(r) AS replaces
OPTIONAL MATCH ()-[r:REPEALS]->()
WITH documents, organisations, sources, unresolved, based_on, implements, guides, amends,
     replaces, count(r) AS repeals
OPTIONAL MATCH ()-[r:CONTINUES]->()
WITH documents, organisations, sources, unresolved, based_on, implements, guides, amends,
     replaces, repeals, count(r) AS continues
OPTIONAL MATCH ()-[r:CITES]->()
WITH documents, organisations, sources, unresolved, based_on, implements, guides, amends,
     replaces, repeals, continues, count(r) AS cites
OPTIONAL MATCH ()-[r:ISSUED_BY]->()
WITH documents, organisations, sources, unresolved, based_on, implements, guides, amends,
     replaces, repeals, continues, cites, count(r) AS issued_by
UNWIND [
  {kind: 'Document', count: documents},
  {kind: 'Organisation', count: organisations},
  {kind: 'Source', count: sources},
  {kind: 'Unresolved', count: unresolved},
  {kind: 'BASED_ON', count: based_on},
  {kind: 'IMPLEMENTS', count: implements},
  {kind: 'GUIDES', count: guides},
  {kind: 'AMENDS', count: amends},
  {kind: 'REPLACES', count: replaces},
  {kind: 'REPEALS', count: repeals},
  {kind: 'CONTINUES', count: continues},
  {kind: 'CITES', count: cites},
  {kind: 'ISSUED_BY', count: issued_by}
] AS row
RETURN row.kind AS kind, row.count AS count
