// Lints every .cypher file under the folder given as argument with Neo4j's own Cypher 5 language support, and prints
// one JSON array of findings: {file, line, column, severity, message}. Severity 1 = error, 2 = warning (deprecations).
// The function and procedure signatures come from the package's Neo4j 5 schema (testData.mockSchema), so deprecated
// functions are reported too; labels, relationship types and property keys are ActorGraph's (graph-schema.json), so a
// misspelt name is reported as well. Exit code 0 whatever was found: the caller decides (the xUnit test fails on any
// finding).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lintCypherQuery, isNotParamError, testData } from '@neo4j-cypher/language-support';

const root = process.argv[2];
const skip = new Set(process.argv.slice(3));
if (!root) {
  console.error('usage: node lint.mjs CYPHER_FOLDER [RELATIVE_FILE_TO_SKIP...]');
  process.exit(2);
}

function* cypherFiles(folder) {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* cypherFiles(path);
    else if (name.endsWith('.cypher')) yield path;
  }
}

const graph = JSON.parse(readFileSync(new URL('./graph-schema.json', import.meta.url), 'utf8'));
const schema = {
  functions: testData.mockSchema.functions,
  procedures: testData.mockSchema.procedures,
  labels: graph.labels,
  relationshipTypes: graph.relationshipTypes,
  propertyKeys: [...graph.propertyKeys, ...graph.rowKeys],
  defaultLanguage: 'CYPHER 5',
};
const findings = [];
const checked = [];
for (const path of cypherFiles(root)) {
  const file = relative(root, path).split('\\').join('/');
  if (skip.has(file)) continue;
  checked.push(file);
  const text = readFileSync(path, 'utf8');
  const { diagnostics } = lintCypherQuery(text, schema);
  // Parameters are given when a statement runs, so "Parameter $rows is not defined" says nothing about the file.
  for (const d of diagnostics.filter(isNotParamError)) {
    findings.push({
      file,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      severity: d.severity,
      message: d.message,
    });
  }
}
console.log(JSON.stringify({ checked, findings }, null, 2));
