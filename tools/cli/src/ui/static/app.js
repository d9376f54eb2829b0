// cellmesh debug view (browser side). State comes as JSON over server-sent events from
// tools/cli/src/ui/server.ts: one `snapshot`, then `update` batches. Layout is cytoscape's.
(function () {
  'use strict';

  /** Links shown per node: its closest peers by RTT, so large fabrics stay readable. */
  const LINKS_PER_NODE = 4;
  const state = { nodes: new Map(), links: new Map(), clusters: new Map(), neighbours: new Map(), leases: new Map(), leaderChanges: [], placements: [], problems: [] };
  let layoutKey = '';

  const cy = cytoscape({
    container: document.getElementById('graph'),
    wheelSensitivity: 0.3,
    maxZoom: 1.5,
    style: [
      { selector: 'node', style: { label: 'data(label)', color: '#dfe6ee', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, 'background-color': '#3b4b5e', width: 22, height: 22, 'border-width': 0 } },
      { selector: 'node.gpu', style: { shape: 'round-rectangle', 'background-color': '#2f6b5a' } },
      { selector: 'node.draining', style: { opacity: 0.45 } },
      { selector: 'node.relay', style: { 'background-color': '#8b6cff' } },
      { selector: 'node.leader', style: { 'border-width': 4, 'border-color': '#ffd24a', width: 28, height: 28 } },
      { selector: 'node.root', style: { 'border-color': '#ff7ad9' } },
      { selector: 'node.chosen', style: { 'background-color': '#4aa3ff' } },
      { selector: ':parent', style: { 'background-color': '#1b2633', 'background-opacity': 0.7, 'border-width': 1, 'border-color': '#33475c', shape: 'round-rectangle', 'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': -4, color: '#8fb3d9', 'font-size': 12, padding: 14 } },
      { selector: 'edge', style: { width: 2, 'line-color': 'data(color)', 'curve-style': 'straight', opacity: 0.85, label: 'data(label)', 'font-size': 9, color: '#8a98a8', 'text-rotation': 'autorotate', 'text-background-color': '#0f1419', 'text-background-opacity': 0.8 } },
      { selector: 'edge.estimated', style: { 'line-style': 'dotted' } },
      { selector: 'edge.relay', style: { 'line-style': 'dashed', 'line-color': '#8b6cff', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#8b6cff', 'curve-style': 'bezier', label: '' } },
    ],
  });

  function rttColor(ms) {
    if (ms < 5) return '#2e9d4f';
    if (ms < 30) return '#b7b400';
    if (ms < 80) return '#e0801f';
    return '#d23b3b';
  }

  function el(tag, attrs, children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'text') e.textContent = v;
      else if (k === 'class') e.className = v;
      else e.setAttribute(k, v);
    }
    for (const c of children || []) e.appendChild(c);
    return e;
  }

  function apply(update) {
    switch (update.kind) {
      case 'node': state.nodes.set(update.node.id, update.node); break;
      case 'node-removed': state.nodes.delete(update.nodeId); state.links.delete(update.nodeId); break;
      case 'links': state.links.set(update.nodeId, update.links); break;
      case 'cluster': state.clusters.set(update.cluster.id, update.cluster); break;
      case 'cluster-removed': state.clusters.delete(update.clusterId); break;
      case 'neighbours': state.neighbours.set(update.neighbours.nodeId, update.neighbours); break;
      case 'lease': state.leases.set(update.lease.key, update.lease); break;
      case 'lease-removed': state.leases.delete(update.key); break;
      case 'leader-changed': state.leaderChanges = [update.change].concat(state.leaderChanges).slice(0, 20); break;
      case 'placement':
        state.placements = [update.placement].concat(state.placements.filter((p) => p.taskId !== update.placement.taskId)).slice(0, 50);
        break;
      case 'problem': state.problems = [update.message].concat(state.problems).slice(0, 5); break;
    }
  }

  function loadSnapshot(s) {
    state.nodes = new Map(s.nodes.map((n) => [n.id, n]));
    state.links = new Map();
    for (const l of s.links) state.links.set(l.from, (state.links.get(l.from) || []).concat([l]));
    state.clusters = new Map(s.clusters.map((c) => [c.id, c]));
    state.neighbours = new Map(s.neighbours.map((n) => [n.nodeId, n]));
    state.leases = new Map(s.leases.map((l) => [l.key, l]));
    state.leaderChanges = s.leaderChanges;
    state.placements = s.placements;
    state.problems = s.problems;
  }

  /** Cluster of a node: the cluster state's membership wins over what the node reported. */
  function clusterOf(nodeId) {
    for (const c of state.clusters.values()) if (c.members.includes(nodeId)) return c.id;
    const n = state.nodes.get(nodeId);
    return (n && n.clusterId) || '';
  }

  function expired(lease) {
    return lease.expiresAtMs > 0 && lease.expiresAtMs < Date.now();
  }

  function leaderOf(cluster) {
    if (cluster.leaderId) return { holder: cluster.leaderId, term: cluster.leaderTerm };
    for (const l of state.leases.values()) if (!l.root && !expired(l) && l.clusterId === cluster.id) return { holder: l.holder, term: l.term };
    return { holder: '', term: 0 };
  }

  /**
   * Each cluster's members go on a ring (cytoscape's `circle` layout) inside their own cell of a
   * grid, clusters sorted by id, unclustered nodes last. Measured on the 6-node fabric, cytoscape's
   * force-directed `cose` (the only built-in force layout) collapsed compound clusters onto each
   * other, so the grouping is explicit and stable: a node keeps its place while metrics change.
   */
  function layoutByCluster() {
    const groups = new Map();
    cy.nodes().not(':parent').forEach((n) => {
      const parent = n.parent().nonempty() ? n.parent().id() : '~unclustered';
      groups.set(parent, (groups.get(parent) || cy.collection()).union(n));
    });
    const ids = [...groups.keys()].sort();
    const cols = Math.max(1, Math.ceil(Math.sqrt(ids.length)));
    const largest = Math.max(1, ...[...groups.values()].map((g) => g.length));
    const cell = 140 + 28 * largest;
    ids.forEach((id, i) => {
      const members = groups.get(id).sort((a, b) => a.id().localeCompare(b.id()));
      const x1 = (i % cols) * cell;
      const y1 = Math.floor(i / cols) * cell;
      const inset = members.length > 1 ? 35 : cell / 2 - 12;
      members.layout({ name: 'circle', fit: false, animate: false, avoidOverlap: true, boundingBox: { x1: x1 + inset, y1: y1 + inset, x2: x1 + cell - inset, y2: y1 + cell - inset } }).run();
    });
    cy.fit(undefined, 50);
  }

  function renderGraph() {
    const leaders = new Set();
    for (const c of state.clusters.values()) if (leaderOf(c).holder) leaders.add(leaderOf(c).holder);
    for (const l of state.leases.values()) if (l.holder && !l.root && !expired(l)) leaders.add(l.holder);
    const rootLease = [...state.leases.values()].find((l) => l.root && !expired(l));
    const relays = new Set();
    for (const n of state.neighbours.values()) {
      if (n.fallbackRelay) relays.add(n.fallbackRelay);
      if (n.parentId) relays.add(n.parentId);
    }
    const lastPlaced = state.placements.find((p) => p.chosenNode);

    const elements = [];
    const clusterIds = new Set();
    for (const id of state.nodes.keys()) if (clusterOf(id)) clusterIds.add(clusterOf(id));
    for (const cid of clusterIds) {
      const c = state.clusters.get(cid);
      const leader = c ? leaderOf(c) : { holder: '' };
      elements.push({ group: 'nodes', data: { id: 'cluster:' + cid, label: cid + (leader.holder ? ' · leader ' + leader.holder + ' (term ' + leader.term + ')' : '') } });
    }
    for (const n of state.nodes.values()) {
      const cid = clusterOf(n.id);
      const classes = [
        leaders.has(n.id) ? 'leader' : '', rootLease && rootLease.holder === n.id ? 'root' : '', relays.has(n.id) ? 'relay' : '',
        n.gpus.length ? 'gpu' : '', n.draining ? 'draining' : '', lastPlaced && lastPlaced.chosenNode === n.id ? 'chosen' : '',
      ].filter(Boolean).join(' ');
      elements.push({ group: 'nodes', data: { id: 'node:' + n.id, label: n.id, parent: cid ? 'cluster:' + cid : undefined }, classes });
    }
    // Undirected links, the lower RTT of both directions, each node's closest few only.
    const best = new Map();
    for (const [from, links] of state.links) {
      const closest = links.filter((l) => state.nodes.has(l.to)).sort((a, b) => a.rttMs - b.rttMs).slice(0, LINKS_PER_NODE);
      for (const l of closest) {
        const key = [from, l.to].sort().join('|');
        const prev = best.get(key);
        if (!prev || l.rttMs < prev.rttMs) best.set(key, l);
      }
    }
    // RTT labels only while the graph is small enough to read them.
    const labelEdges = best.size <= 16;
    if (state.nodes.size) {
      for (const [key, l] of best) {
        if (!state.nodes.has(l.from)) continue;
        elements.push({ group: 'edges', data: { id: 'link:' + key, source: 'node:' + l.from, target: 'node:' + l.to, color: rttColor(l.rttMs), rttMs: l.rttMs, label: labelEdges ? l.rttMs.toFixed(0) + ' ms' : '' }, classes: l.measured ? '' : 'estimated' });
      }
      for (const n of state.neighbours.values()) {
        if (n.fallbackRelay && state.nodes.has(n.nodeId) && state.nodes.has(n.fallbackRelay)) {
          elements.push({ group: 'edges', data: { id: 'relay:' + n.nodeId, source: 'node:' + n.nodeId, target: 'node:' + n.fallbackRelay, color: '#8b6cff', label: '' }, classes: 'relay' });
        }
      }
    }

    const key = elements.filter((e) => e.group === 'nodes').map((e) => e.data.id + '>' + (e.data.parent || '')).sort().join(',') + '#' + elements.filter((e) => e.group === 'edges').length;
    cy.batch(() => {
      const wanted = new Set(elements.map((e) => e.data.id));
      cy.elements().forEach((e) => { if (!wanted.has(e.id())) cy.remove(e); });
      for (const e of elements) {
        const existing = cy.getElementById(e.data.id);
        if (existing.nonempty() && e.group === 'nodes' && existing.data('parent') !== e.data.parent) existing.move({ parent: e.data.parent || null });
        if (existing.nonempty()) {
          existing.data(e.data);
          existing.classes(e.classes || '');
        } else cy.add(e);
      }
    });
    if (key !== layoutKey) {
      layoutKey = key;
      layoutByCluster();
    }
    document.getElementById('graph-empty').classList.toggle('hidden', state.nodes.size > 0);
  }

  function renderClusters() {
    const body = document.querySelector('#clusters tbody');
    body.replaceChildren();
    const clusters = [...state.clusters.values()].sort((a, b) => a.id.localeCompare(b.id));
    for (const c of clusters) {
      const leader = leaderOf(c);
      body.appendChild(el('tr', { 'data-cluster': c.id, 'data-leader': leader.holder }, [
        el('td', { text: c.id }), el('td', { class: 'leader', text: leader.holder || '—' }), el('td', { text: leader.holder ? String(leader.term) : '' }),
        el('td', { class: 'members', text: c.members.join(', ') }),
      ]));
    }
    document.getElementById('clusters-empty').classList.toggle('hidden', clusters.length > 0);
  }

  /** The three plugins that added most to the final score (w·s), e.g. "free-capacity 1.00×4". */
  function topContributions(scores) {
    return scores.slice().sort((a, b) => b.normalized * b.weight - a.normalized * a.weight).slice(0, 3)
      .map((s) => s.plugin + ' ' + s.normalized.toFixed(2) + '×' + s.weight).join(', ');
  }

  function renderPlacements() {
    const list = document.getElementById('placements');
    list.replaceChildren();
    for (const p of state.placements.slice(0, 12)) {
      const rows = p.candidates.slice(0, 6).map((c) => el('tr', { class: c.feasible ? '' : 'rej' }, [
        el('td', { class: 'node', text: (c.nodeId === p.chosenNode ? '▶ ' : '') + c.nodeId }),
      ].concat(c.feasible
        ? [el('td', { class: 'score', text: c.finalScore.toFixed(3) }), el('td', { class: 'contrib', text: topContributions(c.scores) })]
        : [el('td', { class: 'verdict', colspan: '2', text: '✗ ' + c.rejectedBy + ': ' + c.reason })])));
      const omitted = p.candidates.length - rows.length + p.candidatesOmitted;
      list.appendChild(el('li', { 'data-task': p.taskId, 'data-outcome': p.outcome }, [
        el('div', {}, [el('span', { class: 'badge ' + p.outcome, text: p.outcome }), el('span', { class: 'task', text: p.taskId }), el('span', { text: p.chosenNode ? ' → ' + p.chosenNode : '' })]),
        el('div', { class: 'why', text: 'rule: ' + (p.rule || '—') + (p.rejectReason ? ' · reason: ' + p.rejectReason : '') + ' · ' + p.profile + ' · ' + p.decisionLatencyMs.toFixed(2) + ' ms' }),
        el('table', { class: 'cands' }, rows),
        omitted > 0 ? el('div', { class: 'why', text: '+' + omitted + ' more candidates (cellmesh explain ' + p.taskId + ')' }) : el('span'),
      ]));
    }
    document.getElementById('placements-empty').classList.toggle('hidden', state.placements.length > 0);
  }

  function renderNodes() {
    const body = document.querySelector('#nodes tbody');
    body.replaceChildren();
    for (const n of [...state.nodes.values()].sort((a, b) => a.id.localeCompare(b.id, undefined, { numeric: true }))) {
      body.appendChild(el('tr', { 'data-node': n.id }, [
        el('td', { text: n.id + (n.draining ? ' (draining)' : '') }), el('td', { text: clusterOf(n.id) || '—' }),
        el('td', { text: n.cpuCores + ' × ' + n.cpuLoadPct.toFixed(0) + '%' }), el('td', { text: String(n.queueDepth) }), el('td', { text: String(n.runningTasks) }),
        el('td', { text: n.gpus.length ? n.gpus.map((g) => g.vramUsedMib + '/' + g.vramTotalMib + ' MiB' + (g.emulated ? ' (emulated)' : '')).join(', ') : '—' }),
      ]));
    }
  }

  function renderLeaderChanges() {
    const list = document.getElementById('leader-changes');
    list.replaceChildren(...state.leaderChanges.slice(0, 10).map((c) => el('li', { text: new Date(c.changedAtMs || Date.now()).toLocaleTimeString() + ' ' + c.clusterId + ': ' + (c.oldHolder || '∅') + ' → ' + (c.newHolder || '∅') + ' (term ' + c.term + ', ' + c.reason + ')' })));
    document.getElementById('leader-changes-empty').classList.toggle('hidden', state.leaderChanges.length > 0);
  }

  function renderSummary() {
    const emulated = [...state.nodes.values()].some((n) => n.emulated);
    const summary = document.getElementById('summary');
    summary.replaceChildren(el('span', { text: state.nodes.size + ' nodes · ' + state.clusters.size + ' clusters · ' + state.placements.length + ' recent placements' }));
    if (emulated) summary.appendChild(el('span', { class: 'emulated', text: 'emulated nodes/links' }));
    document.getElementById('problems').replaceChildren(...state.problems.map((p) => el('div', { text: '⚠ ' + p })));
  }

  let pending = false;
  function render() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      renderGraph();
      renderClusters();
      renderPlacements();
      renderNodes();
      renderLeaderChanges();
      renderSummary();
    });
  }

  const connection = document.getElementById('connection');
  if (new URLSearchParams(location.search).has('snapshot')) {
    // A frozen view (no open stream): for sharing, and for headless screenshots whose virtual
    // time never advances while a request such as an event stream stays open.
    fetch('/api/state').then((r) => r.json()).then((s) => {
      loadSnapshot(s);
      connection.textContent = 'snapshot ' + new Date().toLocaleTimeString();
      connection.className = 'conn conn-up';
      render();
    });
    return;
  }
  const events = new EventSource('/events');
  events.addEventListener('open', () => { connection.textContent = 'live'; connection.className = 'conn conn-up'; });
  events.addEventListener('error', () => { connection.textContent = 'reconnecting'; connection.className = 'conn conn-down'; });
  events.addEventListener('snapshot', (e) => { loadSnapshot(JSON.parse(e.data)); render(); });
  events.addEventListener('update', (e) => { for (const u of JSON.parse(e.data)) apply(u); render(); });
})();
