/* vanban graph page: draws the nodes and edges of #vanban-data with vis-network.
 * Everything that comes from sources is set with textContent, never as markup.
 * Positions are computed by vanban; physics stays off. window.vanban exposes the data
 * sets and a few functions (search, focus, filters) for tests and curious readers. */
(function () {
  "use strict";
  var timings = { start: performance.now() };
  var data = JSON.parse(document.getElementById("vanban-data").textContent);
  timings.parsed = performance.now();
  var style = data.style;
  var big = data.big;
  var levelColour = {};
  style.levels.forEach(function (l) { levelColour[l.level || ""] = l.colour; });
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var state = { hiddenRelations: {}, province: "", focused: null };
  var api = { data: data, ready: false, renderMs: null, state: state, timings: timings };
  window.vanban = api;

  // ---- spelling-insensitive numbers: the same folding as vanban.graph.resolve.fold_number
  function fold(text) {
    var out = "";
    Array.from(String(text)).forEach(function (ch) {
      var c = data.lookalikes[ch] || ch;
      if (c === "Ð" || c === "Đ") { c = "D"; } else if (c === "ð" || c === "đ") { c = "d"; }
      out += c;
    });
    return out.toUpperCase().replace(/\s+/g, "");
  }
  function plain(text) {
    return String(text || "").replace(/[Đđ]/g, "d").normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  api.fold = fold;

  // ---- vis items
  function nodeColour(n) {
    return n.organisation ? style.organisation.colour : (levelColour[n.level || ""] || levelColour[""]);
  }
  function nodeItem(n) {
    var colour = nodeColour(n);
    var item = {
      id: n.id, label: n.label, x: n.x, y: n.y, shape: n.shape, size: n.size || 14,
      borderWidth: n.root ? 4 : 1.5,
      color: {
        background: colour, border: n.root ? "#111" : "#ffffff",
        highlight: { background: colour, border: "#111" }, hover: { background: colour, border: "#111" }
      },
      font: n.organisation
        ? { color: "#fff", size: 13 }
        : { color: "#1f2328", size: n.root ? 17 : 14, strokeWidth: 3, strokeColor: "#ffffff" },
      opacity: n.context ? 0.4 : 1,
      vgroup: n.group || null,
      record: n
    };
    if (n.organisation) { item.margin = 6; }
    return item;
  }
  // Dashed lines cost vis-network ~150 us each per frame: on big pages lines are solid
  // (colour tells the relation); on small pages a focused node's lines keep theirs.
  function edgeItem(e, dashed) {
    var s = style.relations[e.relation] || style.relations.CITES;
    return {
      id: e.id, from: e.from, to: e.to, width: s.width,
      dashes: (dashed || !big) ? s.dashes : false,
      arrows: { middle: { enabled: true, scaleFactor: 0.9 } },
      color: { color: s.color, highlight: s.color, hover: s.color, opacity: 0.9 },
      record: e
    };
  }
  var nodes = new vis.DataSet(data.nodes.map(nodeItem));
  var edges = new vis.DataSet(data.edges.map(function (e) { return edgeItem(e, false); }));
  var nodeShown = {};
  var edgeShown = {};
  data.nodes.forEach(function (n) { nodeShown[n.id] = true; });
  data.edges.forEach(function (e) { edgeShown[e.id] = true; });
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return nodeShown[n.id]; } });
  var edgeView = new vis.DataView(edges, { filter: function (e) { return edgeShown[e.id]; } });
  api.nodes = nodes;
  api.edges = edges;
  timings.datasets = performance.now();

  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, {
    autoResize: true,
    physics: { enabled: false },
    layout: { improvedLayout: false, randomSeed: 1 },
    interaction: {
      hover: true, hoverConnectedEdges: !big, tooltipDelay: 100000, multiselect: false,
      hideEdgesOnDrag: big, hideEdgesOnZoom: big, keyboard: { enabled: false }
    },
    nodes: { font: { face: "system-ui, 'Noto Sans', 'DejaVu Sans', sans-serif" } },
    edges: {
      smooth: big ? false : { enabled: true, type: "curvedCW", roundness: 0.12 },
      selectionWidth: big ? function (w) { return w * 4; } : 1.5, hoverWidth: 1
    }
  });
  api.network = network;
  timings.network = performance.now();

  // ---- level bands behind the marks
  var minX = Infinity, maxX = -Infinity;
  data.nodes.forEach(function (n) { minX = Math.min(minX, n.x); maxX = Math.max(maxX, n.x); });
  network.on("beforeDrawing", function (ctx) {
    if (!data.bands.length || !isFinite(minX)) { return; }
    // on overview pages the band titles keep a readable size however far out the view is
    var k = (data.groups || []).length ? Math.max(1, 0.7 / network.getScale()) : 1;
    data.bands.forEach(function (b, i) {
      ctx.fillStyle = i % 2 ? "#ffffff" : "#f4f6f8";
      ctx.fillRect(minX - 260, b.top - 70 - 30 * k, maxX - minX + 400, b.bottom - b.top + 140 + 30 * k);
      ctx.fillStyle = "#57606a";
      ctx.font = "600 " + 16 * k + "px system-ui, sans-serif";
      ctx.fillText(b.name, minX - 250, b.top - 48 - 20 * k);
      if (k === 1) {
        ctx.font = "12px system-ui, sans-serif";
        ctx.fillText("earlier \u2192 later", minX - 250, b.top - 32);
      }
    });
  });
  network.once("afterDrawing", function () {
    api.ready = true;
    api.renderMs = timings.drawn = performance.now();
    document.body.setAttribute("data-ready", "1");
  });
  // ---- the whole drawing, band titles included, in view
  var bounds = data.bands.length ? {
    left: minX - 270, right: maxX + 150,
    top: data.bands[0].top - 90, bottom: data.bands[data.bands.length - 1].bottom + 60
  } : null;
  if (bounds && (data.groups || []).length) {  // room for the enlarged band titles and labels
    var extra = 0.06 * (bounds.bottom - bounds.top);
    bounds.top -= extra;
    bounds.bottom += extra;
  }
  function fitAll(animate) {
    if (!bounds) { return; }
    var w = container.clientWidth || 800, h = container.clientHeight || 600;
    var scale = Math.min(w / (bounds.right - bounds.left), h / (bounds.bottom - bounds.top), 1.5);
    network.moveTo({
      position: { x: (bounds.left + bounds.right) / 2, y: (bounds.top + bounds.bottom) / 2 },
      scale: scale, animation: animate ? { duration: 300, easingFunction: "easeInOutQuad" } : false
    });
  }
  api.fitAll = fitAll;
  fitAll(false);
  if (!data.nodes.length) {
    document.getElementById("filter-note").textContent = "No document matches: nothing to draw.";
  }

  // ---- overview: big pages open on groups (viz/overview.py), a click opens one
  var groups = data.groups || [];
  var groupById = {};
  var closed = {};  // ids of the groups still drawn as one mark (vis logs errors when asked
  // about a group that was opened, so the page keeps count itself)
  groups.forEach(function (g) { groupById["group:" + g.id] = g; });
  groups.forEach(function (g) {
    var colour = levelColour[g.level || ""] || levelColour[""];
    network.cluster({
      joinCondition: function (o) { return o.vgroup === g.id; },
      clusterNodeProperties: {
        id: "group:" + g.id, x: g.x, y: g.y, shape: "dot",
        label: g.label + "\n" + g.count.toLocaleString("en"),
        size: Math.min(70, 14 + 3 * Math.sqrt(g.count)), borderWidth: 2,
        color: {
          background: colour, border: "#ffffff",
          highlight: { background: colour, border: "#111" }, hover: { background: colour, border: "#111" }
        },
        font: { color: "#1f2328", size: 20, strokeWidth: 4, strokeColor: "#ffffff" }
      },
      clusterEdgeProperties: { color: { color: "#9aa4ae", opacity: 0.35 }, dashes: false }
    });
    // vis makes no group of a single document: that one stays drawn as itself
    if (network.body.nodes["group:" + g.id] !== undefined) { closed["group:" + g.id] = true; }
  });
  // Group marks keep a readable size at the scale the whole drawing fits in.
  function sizeGroups() {
    var scale = network.getScale() || 1;
    groups.forEach(function (g) {
      var id = "group:" + g.id;
      if (!closed[id]) { return; }
      network.clustering.updateClusteredNode(id, {
        size: Math.min(28, 8 + 1.5 * Math.sqrt(g.count)) / scale,
        font: { size: 13 / scale, strokeWidth: 4 / scale }
      });
    });
  }
  if (groups.length) {
    sizeGroups();
    network.on("zoom", sizeGroups);
  }
  api.sizeGroups = sizeGroups;
  function openGroup(id, zoom) {
    if (!closed[id]) { return false; }
    delete closed[id];
    var members = network.getNodesInCluster(id);
    // back to the places vanban laid them out in (vis would heap them on the group's mark)
    network.openCluster(id, {
      releaseFunction: function (centre, positions) {
        var out = {};
        Object.keys(positions).forEach(function (k) {
          out[k] = byId[k] ? { x: byId[k].x, y: byId[k].y } : positions[k];
        });
        return out;
      }
    });
    if (zoom) {  // into the block the group's documents now fill
      network.fit({ nodes: members, maxZoomLevel: 1.2, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    }
    return true;
  }
  function openAll() {
    var opened = 0;
    groups.forEach(function (g) { if (openGroup("group:" + g.id)) { opened += 1; } });
    return opened;
  }
  function reveal(id) {  // open the group a document is drawn in, if it is closed
    if (!groups.length || !byId[id]) { return; }
    var path = network.clustering.findNode(id);
    if (path.length > 1) { openGroup(path[0]); }
  }
  api.openGroup = openGroup;
  api.openAll = openAll;
  api.closedGroups = function () {
    return groups.filter(function (g) { return closed["group:" + g.id]; })
      .map(function (g) { return g.id; });
  };
  var openButton = document.getElementById("open-groups");
  if (openButton) { openButton.addEventListener("click", function () { openAll(); }); }

  // ---- text helpers: the only way source text reaches the page
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function facts(pairs) {
    var dl = el("dl");
    pairs.forEach(function (p) {
      if (p[1] === undefined || p[1] === null || p[1] === "") { return; }
      dl.appendChild(el("dt", p[0]));
      dl.appendChild(el("dd", p[1]));
    });
    return dl;
  }
  function levelName(level) {
    var found = style.levels.filter(function (l) { return l.level === (level || null); })[0];
    return found ? found.name : level;
  }
  function nodeFacts(n) {
    return facts([
      ["Number", n.number || (n.organisation ? null : "(no number)")],
      ["Title", n.title],
      ["Type", n.type_name || n.type],
      ["Issuer", n.issuer],
      ["Province", n.province],
      ["Date", n.date],
      ["Level", n.organisation ? null : levelName(n.level)],
      ["Key", n.id]
    ]);
  }
  function relText(relation) {
    return (style.relations[relation] || { text: relation }).text;
  }
  function labelOf(id) { return byId[id] ? byId[id].label : id; }
  function edgeFacts(e, box) {
    box.appendChild(el("div", labelOf(e.from) + " " + relText(e.relation) + " " + labelOf(e.to), "head"));
    box.appendChild(facts([["Relation", e.relation], ["Confidence", e.confidence]]));
    (e.evidence || []).forEach(function (ev) {
      var quote = el("blockquote", ev.mention ? ev.before : ev.sentence);
      if (ev.mention) {  // the mention the edge was read from, marked
        quote.appendChild(el("mark", ev.mention));
        quote.appendChild(document.createTextNode(ev.after));
      }
      box.appendChild(quote);
      box.appendChild(el("div", "Source: " + (ev.path || ev.source), "source"));
    });
    var more = (e.evidence_count || 0) - (e.evidence || []).length;
    if (more > 0) { box.appendChild(el("div", "+ " + more + " more sentence(s) in the store", "source")); }
  }

  // ---- hover
  var tooltip = document.getElementById("tooltip");
  var pointer = { x: 0, y: 0 };
  container.addEventListener("mousemove", function (ev) {
    pointer.x = ev.clientX; pointer.y = ev.clientY;
    if (!tooltip.hidden) { place(); }
  });
  function place() {
    var w = tooltip.offsetWidth, h = tooltip.offsetHeight;
    var x = pointer.x + 16, y = pointer.y + 16;
    if (x + w > window.innerWidth - 4) { x = Math.max(4, pointer.x - w - 16); }
    if (y + h > window.innerHeight - 4) { y = Math.max(4, pointer.y - h - 16); }
    tooltip.style.left = x + "px"; tooltip.style.top = y + "px";
  }
  function show(fill) {
    tooltip.replaceChildren();
    fill(tooltip);
    tooltip.hidden = false;
    place();
  }
  function hide() { tooltip.hidden = true; }
  function showGroup(id) {
    var g = groupById[id];
    show(function (box) {
      box.appendChild(el("h3", g.name));
      box.appendChild(el("p", g.count.toLocaleString("en") + " marks in this group. Click to open it."));
    });
  }
  api.showNode = function (id) {
    if (groupById[id]) { showGroup(id); return; }
    var n = byId[id];
    show(function (box) {
      box.appendChild(el("div", n.label, "head"));
      box.appendChild(nodeFacts(n));
    });
  };
  api.showEdge = function (id) {
    var e = edges.get(id).record;
    show(function (box) { edgeFacts(e, box); });
  };
  network.on("hoverNode", function (p) { api.showNode(p.node); });
  network.on("hoverEdge", function (p) { api.showEdge(p.edge); });
  network.on("blurNode", hide);
  network.on("blurEdge", hide);
  network.on("dragStart", hide);
  network.on("zoom", hide);

  // ---- details panel and focus on a neighbourhood
  var details = document.getElementById("details");
  function showDetails(fill) {
    details.replaceChildren(el("h2", "Details"));
    fill(details);
  }
  function linkList(id) {
    var list = el("ul", null, "links");
    edgeView.get().forEach(function (e) {
      if (e.from !== id && e.to !== id) { return; }
      var other = e.from === id ? e.to : e.from;
      var text = e.from === id
        ? relText(e.record.relation) + " " + labelOf(other)
        : labelOf(other) + " " + relText(e.record.relation) + " this";
      var li = el("li");
      var b = el("button", "\u2192 " + text);
      b.type = "button";
      b.addEventListener("click", function () { focus(other); });
      li.appendChild(b);
      list.appendChild(li);
    });
    return list;
  }
  // Focus dims all but the neighbourhood (one update of every item: ~60 ms for 2,000
  // nodes). On big pages any data update costs ~0.6 s, so there the selection alone
  // marks the node and its links.
  function dim(near, incident) {
    nodes.update(data.nodes.map(function (n) {
      return { id: n.id, opacity: near ? (near[n.id] ? 1 : 0.12) : (n.context ? 0.4 : 1) };
    }));
    edges.update(data.edges.map(function (e) {
      var item = edgeItem(e, !!(incident && incident[e.id]));
      if (incident) { item.color.opacity = incident[e.id] ? 1 : 0.08; }
      return item;
    }));
  }
  function focus(id) {
    if (!nodeShown[id]) { return false; }
    reveal(id);
    state.focused = id;
    var near = [id].concat(network.getConnectedNodes(id));
    if (!big) {
      var nearSet = {}, incident = {};
      near.forEach(function (k) { nearSet[k] = true; });
      network.getConnectedEdges(id).forEach(function (k) { incident[k] = true; });
      dim(nearSet, incident);
    }
    network.selectNodes([id], true);
    network.fit({ nodes: near, maxZoomLevel: 1.5, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    var n = byId[id];
    showDetails(function (box) {
      box.appendChild(el("h3", n.label));
      box.appendChild(nodeFacts(n));
      box.appendChild(linkList(id));
    });
    return true;
  }
  function unfocus() {
    if (state.focused === null) { return; }
    state.focused = null;
    if (!big) { dim(null, null); }
    network.unselectAll();
  }
  api.focus = focus;
  api.unfocus = unfocus;
  network.on("click", function (p) {
    if (p.nodes.length && closed[p.nodes[0]]) { openGroup(p.nodes[0], true); return; }
    if (p.nodes.length) { focus(p.nodes[0]); return; }
    if (p.edges.length) {
      var e = edges.get(p.edges[0]).record;
      showDetails(function (box) { edgeFacts(e, box); });
      return;
    }
    unfocus();
    fitAll(true);
  });

  // ---- search
  var input = document.getElementById("search");
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  function search(query) {
    var q = fold(query);
    if (!q) { return []; }
    var tries = [q];
    var m = /^(\d+)\/(\d{4})\/(.+)$/.exec(q);  // 33/2021/CT-TTG also as 33/CT-TTG
    if (m) { tries.push(m[1] + "/" + m[3]); }
    var exact = [], partial = [];
    var p = plain(query).trim();
    data.nodes.forEach(function (n) {
      var keys = n.search || [];
      if (tries.some(function (t) { return keys.indexOf(t) >= 0; })) { exact.push(n.id); return; }
      if (q.length >= 3 && (keys.some(function (k) { return k.indexOf(q) >= 0; }) ||
          (p.length >= 3 && plain(n.title + " " + n.label).indexOf(p) >= 0))) {
        partial.push(n.id);
      }
    });
    // a number found as such is the answer; titles that merely quote it would bury it
    return exact.length ? exact : partial;
  }
  api.search = search;
  function listResults(found) {
    results.replaceChildren();
    found.slice(0, 30).forEach(function (id) {
      var n = byId[id];
      var li = el("li");
      var b = el("button", n.label + (n.date ? " \u00b7 " + n.date : "") + (nodeShown[id] ? "" : " (hidden by a filter)"));
      b.type = "button";
      b.title = n.title || n.label;
      b.addEventListener("click", function () { focus(id); });
      li.appendChild(b);
      results.appendChild(li);
    });
    status.textContent = input.value.trim() === "" ? status.getAttribute("data-hint") || status.textContent
      : found.length ? found.length + " match(es)." : "No document with that number on this page.";
  }
  status.setAttribute("data-hint", status.textContent);
  input.addEventListener("input", function () { listResults(search(input.value)); });
  input.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") { return; }
    var found = search(input.value).filter(function (id) { return nodeShown[id]; });
    if (found.length) { focus(found[0]); }
  });

  // ---- filters: relations and province
  var note = document.getElementById("filter-note");
  function applyFilters() {
    openAll();  // filters act on documents, so every group opens first
    var hidden = state.hiddenRelations;
    var province = state.province;
    var anyEdge = {}, keep = {};
    var matched = {};
    data.nodes.forEach(function (n) { matched[n.id] = !province || n.province === province; });
    data.edges.forEach(function (e) {
      anyEdge[e.from] = true; anyEdge[e.to] = true;
      var on = !hidden[e.relation] && (matched[e.from] || matched[e.to]);
      edgeShown[e.id] = on;
      if (on) { keep[e.from] = true; keep[e.to] = true; }
    });
    var hiddenNodes = 0, hiddenEdges = 0;
    data.nodes.forEach(function (n) {
      var on = n.root || keep[n.id] || (matched[n.id] && !anyEdge[n.id]);
      nodeShown[n.id] = !!on;
      if (!on) { hiddenNodes += 1; }
    });
    data.edges.forEach(function (e) {
      if (edgeShown[e.id] && !(nodeShown[e.from] && nodeShown[e.to])) { edgeShown[e.id] = false; }
      if (!edgeShown[e.id]) { hiddenEdges += 1; }
    });
    nodeView.refresh();
    edgeView.refresh();
    if (state.focused !== null && !nodeShown[state.focused]) { unfocus(); }
    var text = "";
    if (hiddenNodes || hiddenEdges) {
      text = "Filters on this page leave out " + hiddenNodes + " of " + data.nodes.length +
        " nodes and " + hiddenEdges + " of " + data.edges.length + " links.";
    }
    note.textContent = text;
    return { hiddenNodes: hiddenNodes, hiddenEdges: hiddenEdges };
  }
  api.applyFilters = applyFilters;
  api.setRelation = function (relation, on) {
    var box = document.querySelector('input[data-relation="' + relation + '"]');
    if (box) { box.checked = on; }
    if (on) { delete state.hiddenRelations[relation]; } else { state.hiddenRelations[relation] = true; }
    return applyFilters();
  };
  api.setProvince = function (province) {
    var select = document.getElementById("province");
    if (select) { select.value = province; }
    state.province = province;
    return applyFilters();
  };
  Array.prototype.forEach.call(document.querySelectorAll("input[data-relation]"), function (box) {
    box.addEventListener("change", function () {
      api.setRelation(box.getAttribute("data-relation"), box.checked);
    });
  });
  var select = document.getElementById("province");
  if (select) {
    select.addEventListener("change", function () { api.setProvince(select.value); });
  }
  api.visibleNodes = function () { return nodeView.getIds(); };
  api.visibleEdges = function () { return edgeView.getIds(); };
})();
