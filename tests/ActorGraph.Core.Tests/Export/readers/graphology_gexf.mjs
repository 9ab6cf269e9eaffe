// Reads a GEXF file with graphology-gexf (what web apps built on graphology/sigma.js use) and prints the graph as JSON.
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import gexf from 'graphology-gexf';

const graph = gexf.parse(Graph, readFileSync(process.argv[2], 'utf8'), { addMissingNodes: false, allowUndeclaredAttributes: false });
const out = { reader: 'graphology-gexf', type: graph.type, multi: graph.multi, nodes: {}, edges: [] };
graph.forEachNode((key, attributes) => { out.nodes[key] = attributes; });
graph.forEachEdge((key, attributes, source, target) => { out.edges.push({ ...attributes, id: key, source, target }); });
process.stdout.write(JSON.stringify(out));
