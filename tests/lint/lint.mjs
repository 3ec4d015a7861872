// Lint Cypher with Neo4j's language support (parser + semantic analysis), offline.
//
// stdin: a JSON array of {name, query, parameters, labels?, relationshipTypes?, propertyKeys?}
// stdout: a JSON array of {name, version, errors: [...], warnings: [...]}, one per query
// and Cypher version ("CYPHER 5" is what Neo4j 5 runs; "CYPHER 25" is reported too).
//
// Functions and procedures: the built-in catalogue the package ships for Neo4j 5
// (testData.mockSchema, plugins such as apoc and gds left out), so that a function
// Neo4j does not have (LadybugDB's label(), say) is an error, not silently accepted.
import { readFileSync } from 'node:fs';
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const PLUGINS = /^(apoc|gds|genai|dbms\.security|db\.cdc)\./;
const mock = testData.mockSchema;

function builtIns(registry, keep) {
  const out = {};
  for (const [version, entries] of Object.entries(registry)) {
    out[version] = Object.fromEntries(Object.entries(entries).filter(([name, item]) => keep(name, item)));
  }
  return out;
}

const functions = builtIns(mock.functions, (name, fn) => fn.isBuiltIn && !PLUGINS.test(name));
const procedures = builtIns(mock.procedures, (name) => !PLUGINS.test(name));
const SEVERITY_ERROR = 1;

const items = JSON.parse(readFileSync(0, 'utf8'));
const results = [];
for (const item of items) {
  for (const version of item.versions ?? ['CYPHER 5', 'CYPHER 25']) {
    const schema = {
      functions,
      procedures,
      parameters: item.parameters ?? {},
      labels: item.labels,
      relationshipTypes: item.relationshipTypes,
      propertyKeys: item.propertyKeys,
      defaultLanguage: version,
    };
    const { diagnostics } = lintCypherQuery(item.query, schema);
    const show = (d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`;
    results.push({
      name: item.name,
      version,
      errors: diagnostics.filter((d) => d.severity === SEVERITY_ERROR).map(show),
      warnings: diagnostics.filter((d) => d.severity !== SEVERITY_ERROR).map(show),
    });
  }
}
process.stdout.write(JSON.stringify(results));
