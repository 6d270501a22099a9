// SPDX-License-Identifier: MIT
// The interactive map of report.html (visual/report_html.cpp writes the page around it).
//
// The page carries two JSON blocks: #map-data, the map in graphology's serialisation
// (visual/export.cpp, to_graphology_json: nodes with label, x, y, size, color and the map's
// attributes such as kind, team, community, influence; one edge per arc and layer), and
// #legend-data, the legend's colour section ({title, entries: [{text, color}]}). Positions,
// sizes and colours are computed by ricochet: nothing is laid out here, nothing is fetched.
//
// Controls: #search (a name or id: the actor is selected, the camera moves to it, its
// neighbours stay lit), the legend's checkboxes (a colour unticked hides its actors),
// #team-filter (a team's members and their neighbours only) and #details (hover or selection).
// The state the browser test reads: document.body.dataset.ready once the map is drawn,
// .selected = the selected node's key, .shown = how many actors are drawn.
import Graph from 'graphology';
import Sigma from 'sigma';

const DIMMED_NODE = '#e4e4e4';

function readJson(id) {
  const element = document.getElementById(id);
  return element ? JSON.parse(element.textContent) : null;
}

// The colour without its opacity, lower case: how nodes and legend entries are matched.
function rgb(color) {
  return typeof color === 'string' ? color.slice(0, 7).toLowerCase() : '';
}

function formatValue(value) {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'number' && !Number.isInteger(value)) return value.toFixed(1);
  return String(value);
}

function main() {
  const container = document.getElementById('map');
  const search = document.getElementById('search');
  const names = document.getElementById('search-names');
  const teamFilter = document.getElementById('team-filter');
  const legendBox = document.getElementById('legend');
  const details = document.getElementById('details');

  const graph = new Graph({ type: 'directed', multi: true });
  graph.import(readJson('map-data'));
  const legend = readJson('legend-data') || { title: '', entries: [] };

  if (graph.order === 0) {
    container.classList.add('empty');
    container.textContent = 'No actor on this map.';
    document.body.dataset.ready = 'true';
    return;
  }

  // What is shown: every control below updates this state, then asks sigma to redraw.
  const state = {
    hiddenColors: new Set(),  // legend colours unticked
    team: null,               // the team filter's members and neighbours, or null for all
    selected: null,           // a node key
    selectedNeighbours: new Set(),
    hovered: null,
  };

  // A node is drawn when its colour is ticked and it is in the chosen team (or next to one of its
  // members); the selected node always is.
  function visible(node, attributes) {
    return node === state.selected ||
      (!state.hiddenColors.has(rgb(attributes.color)) && (!state.team || state.team.has(node)));
  }
  // Redraws after a change of state, and publishes how many actors are drawn (for the test).
  function update() {
    let count = 0;
    graph.forEachNode((node, attributes) => {
      if (visible(node, attributes)) count += 1;
    });
    document.body.dataset.shown = String(count);
    renderer.refresh({ skipIndexation: true });
  }

  const renderer = new Sigma(graph, container, {
    defaultEdgeType: 'arrow',
    // Sizes in the layout's units (points), as Graphviz drew them: zoomed out, the map looks like
    // its picture, without overlaps; zooming in enlarges nodes and gaps alike.
    itemSizesReference: 'positions',
    zoomToSizeRatioFunction: (ratio) => ratio,
    // Names of nodes drawn 3 px or more, the largest first, one per 100 px cell: the map's hubs
    // zoomed out, more names zooming in, never on top of each other.
    labelRenderedSizeThreshold: 3,
    labelFont: 'DejaVu Sans, Arial, sans-serif',
    zIndex: true,
    nodeReducer(node, data) {
      const shown = { ...data };
      if (!visible(node, data)) shown.hidden = true;
      if (state.selected) {
        if (node === state.selected) {
          shown.highlighted = true;
          shown.forceLabel = true;
          shown.zIndex = 2;
        } else if (state.selectedNeighbours.has(node)) {
          shown.zIndex = 1;
        } else {
          shown.color = DIMMED_NODE;
          shown.label = '';
          shown.zIndex = 0;
        }
      }
      return shown;
    },
    edgeReducer(edge, data) {
      const shown = { ...data };
      if (state.selected) {
        // The selected actor's arcs only, opaque.
        const [source, target] = graph.extremities(edge);
        if (source !== state.selected && target !== state.selected) shown.hidden = true;
        else shown.color = rgb(data.color);
      }
      return shown;
    },
  });

  // Details: the hovered actor, else the selected one.
  const teamName = (team) => (team && graph.hasNode(team) ? graph.getNodeAttribute(team, 'label') : team);
  function showDetails() {
    const node = state.hovered || state.selected;
    details.replaceChildren();
    if (!node) {
      details.hidden = true;
      return;
    }
    const a = graph.getNodeAttributes(node);
    const title = document.createElement('strong');
    title.textContent = a.label;
    const list = document.createElement('dl');
    const rows = [
      ['kind', a.kind],
      ['team', teamName(a.team)],
      ['community', a.community],
      ['influence', a.influence],
      ['engagement', a.engagement],
    ];
    for (const [name, value] of rows) {
      const term = document.createElement('dt');
      term.textContent = name;
      const description = document.createElement('dd');
      description.textContent = formatValue(value);
      list.append(term, description);
    }
    details.append(title, list);
    details.hidden = false;
  }
  renderer.on('enterNode', ({ node }) => {
    state.hovered = node;
    showDetails();
  });
  renderer.on('leaveNode', () => {
    state.hovered = null;
    showDetails();
  });

  function select(node) {
    state.selected = node;
    state.selectedNeighbours = new Set(node ? graph.neighbors(node) : []);
    if (node) {
      document.body.dataset.selected = node;
      const position = renderer.getNodeDisplayData(node);
      if (position) renderer.getCamera().animate({ x: position.x, y: position.y, ratio: 0.25 }, { duration: 400 });
    } else {
      delete document.body.dataset.selected;
    }
    showDetails();
    update();
  }
  renderer.on('clickNode', ({ node }) => select(node));
  renderer.on('clickStage', () => select(null));

  // Search: an exact name or id (any case, spaces trimmed) selects at once; Enter takes the
  // first name, in alphabetical order, that contains the text; Escape clears.
  const byName = new Map();
  const sortedKeys = graph.nodes().sort((a, b) =>
    graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')));
  for (const key of sortedKeys) {
    const label = graph.getNodeAttribute(key, 'label');
    const folded = label.trim().toLowerCase();
    if (!byName.has(folded)) byName.set(folded, key);
    const option = document.createElement('option');
    option.value = label;
    names.append(option);
  }
  function find(text, partial) {
    const folded = text.trim().toLowerCase();
    if (folded === '') return null;
    if (byName.has(folded)) return byName.get(folded);
    if (graph.hasNode(text.trim())) return text.trim();
    if (!partial) return null;
    for (const [name, key] of byName) {
      if (name.includes(folded)) return key;
    }
    return null;
  }
  search.addEventListener('input', () => {
    const node = find(search.value, false);
    if (node) select(node);
    else if (search.value.trim() === '') select(null);
  });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      search.value = '';
      select(null);
    }
    if (event.key !== 'Enter') return;
    const node = find(search.value, true);
    search.classList.toggle('not-found', node === null);
    if (node) select(node);
  });

  // Legend: one checkbox per colour.
  const heading = document.createElement('legend');
  heading.textContent = legend.title;
  legendBox.append(heading);
  for (const entry of legend.entries) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.dataset.color = rgb(entry.color);
    box.addEventListener('change', () => {
      if (box.checked) state.hiddenColors.delete(box.dataset.color);
      else state.hiddenColors.add(box.dataset.color);
      update();
    });
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.backgroundColor = rgb(entry.color);
    label.append(box, swatch, document.createTextNode(entry.text));
    legendBox.append(label);
  }

  // Team filter: the teams present, by name.
  const teams = new Set();
  graph.forEachNode((node, a) => {
    if (typeof a.team === 'string' && a.team !== '') teams.add(a.team);
  });
  const teamList = [...teams].sort((a, b) => String(teamName(a)).localeCompare(String(teamName(b))));
  for (const team of teamList) {
    const option = document.createElement('option');
    option.value = team;
    option.textContent = teamName(team);
    teamFilter.append(option);
  }
  teamFilter.disabled = teamList.length === 0;
  teamFilter.addEventListener('change', () => {
    const team = teamFilter.value;
    if (team === '') {
      state.team = null;
    } else {
      state.team = new Set();
      graph.forEachNode((node, a) => {
        if (a.team !== team) return;
        state.team.add(node);
        for (const neighbour of graph.neighbors(node)) state.team.add(neighbour);
      });
    }
    update();
  });

  renderer.once('afterRender', () => {
    document.body.dataset.ready = 'true';
  });
  update();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', main);
else main();
