// name: sources
// description: Paths and languages of the given sources.
// param ids: LIST<STRING>
MATCH (s:Source) WHERE s.id IN $ids
RETURN s.id AS id, s.path AS path, s.language AS language, s.title AS title
