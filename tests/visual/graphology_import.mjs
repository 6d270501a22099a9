// SPDX-License-Identifier: MIT
// Reads a graphology JSON written by visual/export.cpp (to_graphology_json) with graphology
// itself, as a sigma.js page would, and checks what the page relies on.
//
//   node graphology_import.mjs FILE.json NODES EDGES [NASTY_KEY]
//
// - graph.import() accepts it into a directed multigraph (parallel arcs of different layers),
//   and Graph.from() too, with the options the file declares (directed, multi, no self-loops);
// - NODES nodes and EDGES edges, with the graph's name;
// - no node or edge attribute named `type` (sigma.js would take it for a renderer name);
// - every node has a label, a positive size and a #rrggbb[aa] colour, x and y either both
//   numbers or both absent; every edge a layer name, a positive weight and size, a colour;
// - NASTY_KEY, when given, is the node whose label is write_samples.cpp's nasty label: it must
//   come back as that label sanitised (control character -> space, invalid byte -> U+FFFD),
//   character for character.
// graphology comes from visual/web/node_modules (`npm ci` there), or else from NODE_PATH.
// Exit 0 when everything holds, 1 with one line per failure otherwise.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const webRequire = createRequire(resolve(here, '../../visual/web/package.json'));
let Graph;
try {
  Graph = webRequire('graphology');
} catch {
  Graph = createRequire(import.meta.url)('graphology');  // NODE_PATH
}

const [file, nodesText, edgesText, nastyKey] = process.argv.slice(2);
if (!file || nodesText === undefined || edgesText === undefined) {
  console.error('usage: node graphology_import.mjs FILE.json NODES EDGES [NASTY_KEY]');
  process.exit(2);
}

const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};

const LAYERS = new Set(['repost', 'quote', 'reply', 'comment', 'mention', 'reaction', 'member']);
const COLOR = /^#[0-9a-f]{6}([0-9a-f]{2})?$/;
const NASTY = '"<>&\\ </svg><script>alert(1)</script>\uFFFD';

const graph = new Graph({ type: 'directed', multi: true });
let declared;
try {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  graph.import(data);
  declared = Graph.from(data);  // a graph of the options the file declares
} catch (error) {
  console.error(`${file}: graphology could not import it: ${error.message}`);
  process.exit(1);
}
check(declared.type === 'directed' && declared.multi && !declared.allowSelfLoops,
      `declared options: type ${declared.type}, multi ${declared.multi}, allowSelfLoops ${declared.allowSelfLoops}`);

check(graph.order === Number(nodesText), `expected ${nodesText} nodes, got ${graph.order}`);
check(graph.size === Number(edgesText), `expected ${edgesText} edges, got ${graph.size}`);
check(typeof graph.getAttribute('name') === 'string', 'the graph has no name attribute');

graph.forEachNode((key, a) => {
  check(!('type' in a), `node ${key} has an attribute named type`);
  check(typeof a.label === 'string', `node ${key} has no label`);
  check(typeof a.size === 'number' && a.size > 0, `node ${key}: size must be a positive number, got ${a.size}`);
  check(typeof a.color === 'string' && COLOR.test(a.color), `node ${key}: bad color ${a.color}`);
  const placed = typeof a.x === 'number' && typeof a.y === 'number';
  check(placed || (!('x' in a) && !('y' in a)), `node ${key}: x and y must be numbers or both absent`);
});

graph.forEachEdge((key, a, source, target) => {
  check(!('type' in a), `edge ${key} has an attribute named type`);
  check(source !== target, `edge ${key} is a self-loop`);
  check(LAYERS.has(a.layer), `edge ${key}: unknown layer ${a.layer}`);
  check(typeof a.weight === 'number' && a.weight > 0, `edge ${key}: weight must be positive, got ${a.weight}`);
  check(typeof a.size === 'number' && a.size > 0, `edge ${key}: size must be positive, got ${a.size}`);
  check(typeof a.color === 'string' && COLOR.test(a.color), `edge ${key}: bad color ${a.color}`);
});

if (nastyKey !== undefined) {
  if (!graph.hasNode(nastyKey)) {
    failures.push(`no node ${nastyKey}`);
  } else {
    const label = graph.getNodeAttribute(nastyKey, 'label');
    check(label === NASTY, `node ${nastyKey}: label ${JSON.stringify(label)}, expected ${JSON.stringify(NASTY)}`);
  }
}

if (failures.length > 0) {
  for (const failure of failures) console.error(`${file}: ${failure}`);
  process.exit(1);
}
console.log(`${file}: graphology imported ${graph.order} nodes and ${graph.size} edges`);
