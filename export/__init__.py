"""Exports of the graph: RDF with ELI (Turtle, JSON-LD, N-Triples), neo4j-admin CSV,
GraphML and GEXF for Gephi, plain JSON; and SPARQL over the RDF."""
