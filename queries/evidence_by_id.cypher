// name: evidence_by_id
// description: The Evidence rows of the given ids (an edge's are its `evidence` to `evidence` + `evidence_count` - 1), each looked up by its key.
// param evidence_ids: LIST<INTEGER>
UNWIND $evidence_ids AS i MATCH (v:Evidence {id: i})
RETURN v.id AS id, v.source AS source, v.span_start AS span_start, v.span_end AS span_end,
       v.surface AS surface, v.sentence AS sentence, v.language AS language,
       v.confidence AS confidence, v.rule AS rule
