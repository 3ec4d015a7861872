// name: search_sentences
// description: The ids of the evidence of every edge, with the two nodes they speak of (what `vanban search` reads besides titles; the sentences are `evidence_sentences`).
MATCH (x)-[r]->(y)
RETURN x.key AS subject, y.key AS target, r.evidence AS evidence, r.evidence_count AS evidence_count
