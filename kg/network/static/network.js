/* conflict-kg network page: draws the network held as JSON in #kg-data on a canvas and lets the reader pan,
   zoom, drag, hover, search and filter. Plain ES2017 and the canvas 2D API, no library, no request.
   Data reaches the document only through textContent and createElement; links only for http(s) URLs. */
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const nodes = data.nodes;
  const edges = data.edges;
  const articles = data.articles;
  const N = nodes.length;
  const E = edges.length;

  const byId = (id) => document.getElementById(id);
  const canvas = byId("kg-canvas");
  const stage = byId("kg-stage");
  const tooltip = byId("kg-tooltip");
  const search = byId("kg-search");
  const searchStatus = byId("kg-search-status");
  const details = byId("kg-details");
  const countLine = byId("kg-count");
  const ctx = canvas.getContext("2d");

  const SHAPES = ["circle", "square", "diamond", "triangle"];
  const FAMILY = window.getComputedStyle(document.body).fontFamily || "sans-serif";
  const NODE_FONT = "12px " + FAMILY;
  const BIG_FONT = "600 12.5px " + FAMILY;
  const EDGE_FONT = "11px " + FAMILY;
  const MIN_SCALE = 0.02;
  const MAX_SCALE = 12;
  const reducedMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const numbers = new Intl.NumberFormat("en-US");

  const relationOf = new Map(data.relations.map((r) => [r.name, r]));
  const typeOf = new Map(data.types.map((t) => [t.name, t]));
  const darker = new Map(data.relations.map((r) => [r.name, shade(r.colour, 0.68)]));
  const shapeOf = nodes.map((n) => {
    const shape = (typeOf.get(n.type) || {}).shape;
    return SHAPES.indexOf(shape) >= 0 ? shape : "circle";
  });
  const colourOf = nodes.map((n) => (typeOf.get(n.type) || {}).colour || "#999999");

  // positions in world units (dragging moves them) and, for the current view, on screen
  const wx = new Float64Array(N);
  const wy = new Float64Array(N);
  const sx = new Float64Array(N);
  const sy = new Float64Array(N);
  const sr = new Float64Array(N);
  nodes.forEach((n, i) => { wx[i] = n.x; wy[i] = n.y; });
  const base = nodes.map((n) => Math.min(22, 4.5 + 2.3 * Math.sqrt(n.degree)));
  const incident = nodes.map(() => []);
  edges.forEach((e, k) => {
    incident[e.source].push(k);
    if (e.target !== e.source) incident[e.target].push(k);
  });
  const lonely = incident.filter((list) => list.length === 0).length;
  const ALWAYS = Math.max(8, Math.round(N * 0.08)); // the biggest nodes are labelled at any zoom
  const medianEdge = (() => {
    const lengths = edges.filter((e) => e.source !== e.target)
      .map((e) => Math.hypot(wx[e.source] - wx[e.target], wy[e.source] - wy[e.target])).sort((a, b) => a - b);
    return lengths.length ? Math.max(lengths[lengths.length >> 1], 1) : 80;
  })();

  // edge geometry on screen: a quadratic curve (x0,y0)-(cx,cy)-(x1,y1), or a loop of radius gr around (cx,cy)
  const gx0 = new Float64Array(E), gy0 = new Float64Array(E), gx1 = new Float64Array(E), gy1 = new Float64Array(E);
  const gcx = new Float64Array(E), gcy = new Float64Array(E), gr = new Float64Array(E);
  const lane = new Float64Array(E);
  const lanes = new Float64Array(E);

  const nodeOn = new Uint8Array(N);
  const edgeOn = new Uint8Array(E);
  const relationsOn = new Set(data.relations.map((r) => r.name));
  const typesOn = new Set(data.types.map((t) => t.name));
  let showLonely = E === 0;
  let shownNodes = 0;
  let shownEdges = 0;

  const view = { scale: 1, x: 0, y: 0 };
  let width = 0;
  let height = 0;
  let fitted = false;
  let dirty = true;
  let frame = 0;
  let animation = 0;
  let hoverNode = -1;
  let hoverEdge = -1;
  let selected = -1;
  let pinned = -1;
  let focusNodes = null;
  let focusEdges = null;
  let tipKey = "";
  const widths = { normal: new Map(), big: new Map(), edge: new Map() };

  // ---------------------------------------------------------------- small helpers

  function shade(hex, factor) {
    const value = parseInt(String(hex).slice(1), 16) || 0;
    const channel = (shift) => Math.round(((value >> shift) & 255) * factor);
    return "rgb(" + channel(16) + "," + channel(8) + "," + channel(0) + ")";
  }

  function clamp(value, low, high) {
    return Math.max(low, Math.min(high, value));
  }

  function plural(count, one, many) {
    return numbers.format(count) + " " + (count === 1 ? one : many);
  }

  function element(tag, className, text) {
    const made = document.createElement(tag);
    if (className) made.className = className;
    if (text !== undefined && text !== null) made.textContent = String(text);
    return made;
  }

  function fill(container, parts) {
    container.textContent = "";
    container.append(...parts);
  }

  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }

  function shortLabel(i) {
    const label = nodes[i].label;
    return label.length > 42 ? label.slice(0, 40) + "…" : label;
  }

  function textWidth(cache, key, font, text) {
    let measured = cache.get(key);
    if (measured === undefined) {
      ctx.font = font;
      measured = ctx.measureText(text).width;
      cache.set(key, measured);
    }
    return measured;
  }

  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }

  function shapeIcon(shape, colour) {
    const icon = element("span", "kg-shape kg-" + (SHAPES.indexOf(shape) >= 0 ? shape : "circle"));
    icon.style.backgroundColor = colour;
    return icon;
  }

  function lineIcon(relation) {
    const info = relationOf.get(relation);
    const icon = element("span", "kg-line" + (info && info.directed ? " kg-arrow" : ""));
    icon.style.backgroundColor = info ? info.colour : "#999999";
    icon.style.borderLeftColor = info ? info.colour : "#999999";
    return icon;
  }

  // ---------------------------------------------------------------- filters and counts

  function refilter() {
    for (let k = 0; k < E; k++) {
      const e = edges[k];
      edgeOn[k] = relationsOn.has(e.relation) && typesOn.has(nodes[e.source].type) && typesOn.has(nodes[e.target].type)
        ? 1 : 0;
    }
    shownNodes = 0;
    for (let i = 0; i < N; i++) {
      let on = typesOn.has(nodes[i].type);
      if (on) on = incident[i].length ? incident[i].some((k) => edgeOn[k]) : showLonely;
      nodeOn[i] = on ? 1 : 0;
      shownNodes += nodeOn[i];
    }
    // parallel edges between the same two nodes fan out in lanes; loops grow outwards
    const groups = new Map();
    shownEdges = 0;
    for (let k = 0; k < E; k++) {
      if (!edgeOn[k]) continue;
      shownEdges += 1;
      const s = edges[k].source, t = edges[k].target;
      const key = s === t ? -1 - s : Math.min(s, t) * N + Math.max(s, t);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(k);
    }
    groups.forEach((group, key) => {
      group.forEach((k, position) => {
        lane[k] = key < 0 ? position : position - (group.length - 1) / 2;
        lanes[k] = group.length;
      });
    });
    countLine.textContent = plural(shownNodes, "entity", "entities") + ", " + plural(shownEdges, "edge", "edges") + " shown";
    if (pinned >= 0 && !edgeOn[pinned]) unpin();
    updateFocus();
    if (selected >= 0) showDetails(selected);
    changed();
  }

  function updateFocus() {
    if (selected < 0) {
      focusNodes = null;
      focusEdges = null;
      return;
    }
    focusNodes = new Uint8Array(N);
    focusEdges = new Uint8Array(E);
    focusNodes[selected] = 1;
    for (const k of incident[selected]) {
      if (!edgeOn[k]) continue;
      focusEdges[k] = 1;
      focusNodes[edges[k].source] = 1;
      focusNodes[edges[k].target] = 1;
    }
  }

  function legendItem(list, icon, name, count, checked, title, onToggle) {
    const item = element("li");
    const label = element("label");
    const box = element("input");
    box.type = "checkbox";
    box.checked = checked;
    box.addEventListener("change", () => {
      item.classList.toggle("kg-off", !box.checked);
      onToggle(box.checked);
    });
    icon.classList.add("kg-key");
    label.append(box, icon, element("span", "kg-name", name), element("span", "kg-n", numbers.format(count)));
    if (title) label.title = title;
    item.classList.toggle("kg-off", !checked);
    item.appendChild(label);
    list.appendChild(item);
    return box;
  }

  function buildLegend() {
    const typeList = byId("kg-types");
    for (const t of data.types) {
      legendItem(typeList, shapeIcon(t.shape, t.colour), t.name, t.count, true, "Show or hide " + t.name + " entities",
        (on) => { if (on) typesOn.add(t.name); else typesOn.delete(t.name); refilter(); });
    }
    if (lonely && E) {
      const icon = shapeIcon("circle", "#ffffff");
      icon.style.boxShadow = "inset 0 0 0 1.5px #8c8c8c";
      legendItem(typeList, icon, "Unconnected entities", lonely, showLonely,
        "Entities with no edge on this page", (on) => { showLonely = on; refilter(); });
    }
    const relationList = byId("kg-relations");
    const boxes = [];
    for (const r of data.relations) {
      boxes.push(legendItem(relationList, lineIcon(r.name), r.name, r.count, true,
        (r.statement ? r.statement + " statements" : r.name) + (r.directed ? " (directed)" : " (symmetric)"),
        (on) => { if (on) relationsOn.add(r.name); else relationsOn.delete(r.name); refilter(); }));
    }
    const setAll = (on) => {
      boxes.forEach((box) => { box.checked = on; box.closest("li").classList.toggle("kg-off", !on); });
      data.relations.forEach((r) => { if (on) relationsOn.add(r.name); else relationsOn.delete(r.name); });
      refilter();
    };
    byId("kg-all").addEventListener("click", () => setAll(true));
    byId("kg-none").addEventListener("click", () => setAll(false));
  }

  // ---------------------------------------------------------------- geometry

  function changed() {
    dirty = true;
    if (!frame) frame = window.requestAnimationFrame(draw);
  }

  function geometry() {
    if (!dirty) return;
    dirty = false;
    const k = view.scale;
    const grow = clamp(Math.sqrt(k), 0.4, 2.4);
    for (let i = 0; i < N; i++) {
      sx[i] = wx[i] * k + view.x;
      sy[i] = wy[i] * k + view.y;
      sr[i] = base[i] * grow;
    }
    for (let e = 0; e < E; e++) {
      if (!edgeOn[e]) continue;
      const s = edges[e].source, t = edges[e].target;
      if (s === t) {
        const radius = sr[s] * 0.7 + 9 + 7 * lane[e];
        gx0[e] = gx1[e] = gcx[e] = sx[s];
        gy0[e] = gy1[e] = sy[s];
        gcy[e] = sy[s] - sr[s] - radius + 4;
        gr[e] = radius;
        continue;
      }
      const x0 = sx[s], y0 = sy[s], x1 = sx[t], y1 = sy[t];
      const flip = s < t ? 1 : -1; // the same side for A->B and B->A, so they fan out instead of overlapping
      const dx = (x1 - x0) * flip, dy = (y1 - y0) * flip;
      const length = Math.hypot(dx, dy) || 1;
      const gap = Math.min(12 * grow, (length * 0.6) / lanes[e]);
      const bend = 2 * lane[e] * gap;
      gx0[e] = x0; gy0[e] = y0; gx1[e] = x1; gy1[e] = y1;
      gcx[e] = (x0 + x1) / 2 - (dy / length) * bend;
      gcy[e] = (y0 + y1) / 2 + (dx / length) * bend;
      gr[e] = 0;
    }
  }

  function onScreen(x0, y0, x1, y1, margin) {
    return x1 >= -margin && y1 >= -margin && x0 <= width + margin && y0 <= height + margin;
  }

  function edgeBox(e) {
    if (gr[e]) return [gcx[e] - gr[e], gcy[e] - gr[e], gcx[e] + gr[e], gcy[e] + gr[e]];
    return [Math.min(gx0[e], gcx[e], gx1[e]), Math.min(gy0[e], gcy[e], gy1[e]),
      Math.max(gx0[e], gcx[e], gx1[e]), Math.max(gy0[e], gcy[e], gy1[e])];
  }

  function curvePoint(e, t) {
    const u = 1 - t;
    return [u * u * gx0[e] + 2 * u * t * gcx[e] + t * t * gx1[e], u * u * gy0[e] + 2 * u * t * gcy[e] + t * t * gy1[e]];
  }

  function segmentDistance(px, py, ax, ay, bx, by) {
    const dx = bx - ax, dy = by - ay;
    const squared = dx * dx + dy * dy;
    const t = squared ? clamp(((px - ax) * dx + (py - ay) * dy) / squared, 0, 1) : 0;
    return Math.hypot(px - ax - t * dx, py - ay - t * dy);
  }

  function nodeAt(x, y) {
    geometry();
    let best = -1, bestDistance = Infinity;
    for (let i = 0; i < N; i++) {
      if (!nodeOn[i]) continue;
      const distance = Math.hypot(x - sx[i], y - sy[i]);
      if (distance <= Math.max(sr[i], 5) + 3 && distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
    return best;
  }

  function edgeAt(x, y) {
    geometry();
    const reach = 6;
    let best = -1, bestDistance = reach;
    for (let e = 0; e < E; e++) {
      if (!edgeOn[e] || (focusEdges && !focusEdges[e])) continue;
      const box = edgeBox(e);
      if (x < box[0] - reach || x > box[2] + reach || y < box[1] - reach || y > box[3] + reach) continue;
      let distance;
      if (gr[e]) {
        distance = Math.abs(Math.hypot(x - gcx[e], y - gcy[e]) - gr[e]);
      } else {
        distance = Infinity;
        let previous = [gx0[e], gy0[e]];
        for (let step = 1; step <= 16; step++) {
          const point = curvePoint(e, step / 16);
          distance = Math.min(distance, segmentDistance(x, y, previous[0], previous[1], point[0], point[1]));
          previous = point;
        }
      }
      if (distance < bestDistance) {
        best = e;
        bestDistance = distance;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- drawing

  function shapePath(shape, x, y, r) {
    ctx.beginPath();
    if (shape === "square") {
      const half = r * 0.89;
      ctx.rect(x - half, y - half, 2 * half, 2 * half);
    } else if (shape === "diamond") {
      const half = r * 1.22;
      ctx.moveTo(x, y - half);
      ctx.lineTo(x + half, y);
      ctx.lineTo(x, y + half);
      ctx.lineTo(x - half, y);
      ctx.closePath();
    } else if (shape === "triangle") {
      const half = r * 1.32;
      ctx.moveTo(x, y - half);
      ctx.lineTo(x + half * 0.866, y + half * 0.5);
      ctx.lineTo(x - half * 0.866, y + half * 0.5);
      ctx.closePath();
    } else {
      ctx.arc(x, y, r, 0, 2 * Math.PI);
    }
  }

  function addCurve(e) {
    if (gr[e]) {
      ctx.moveTo(gcx[e] + gr[e], gcy[e]);
      ctx.arc(gcx[e], gcy[e], gr[e], 0, 2 * Math.PI);
    } else {
      ctx.moveTo(gx0[e], gy0[e]);
      ctx.quadraticCurveTo(gcx[e], gcy[e], gx1[e], gy1[e]);
    }
  }

  function addArrow(e, size) { // at the border of the target, along the end of the curve
    if (gr[e] || !edges[e].directed) return;
    const target = edges[e].target;
    let dx = gx1[e] - gcx[e], dy = gy1[e] - gcy[e];
    const length = Math.hypot(dx, dy) || 1;
    dx /= length;
    dy /= length;
    const tipX = gx1[e] - dx * (sr[target] + 2), tipY = gy1[e] - dy * (sr[target] + 2);
    const baseX = tipX - dx * size, baseY = tipY - dy * size;
    ctx.moveTo(tipX, tipY);
    ctx.lineTo(baseX - dy * size * 0.5, baseY + dx * size * 0.5);
    ctx.lineTo(baseX + dy * size * 0.5, baseY - dx * size * 0.5);
    ctx.closePath();
  }

  function notAsserted(e) {
    const modality = edges[e].modality;
    return Boolean(modality) && modality !== "Asserted";
  }

  // one path per relation and emphasis: a few strokes instead of one per edge
  function strokeEdges(list, lineWidth, alpha) {
    const byRelation = new Map();
    for (const e of list) {
      const relation = edges[e].relation;
      if (!byRelation.has(relation)) byRelation.set(relation, []);
      byRelation.get(relation).push(e);
    }
    ctx.globalAlpha = alpha;
    ctx.lineWidth = lineWidth;
    byRelation.forEach((group, relation) => {
      const colour = relationOf.get(relation).colour;
      ctx.strokeStyle = colour;
      ctx.fillStyle = colour;
      for (const dashed of [false, true]) {  // an event not asserted (planned...) is dashed
        ctx.setLineDash(dashed ? [5, 4] : []);
        ctx.beginPath();
        for (const e of group) if (notAsserted(e) === dashed) addCurve(e);
        ctx.stroke();
      }
      ctx.setLineDash([]);
      ctx.beginPath();
      for (const e of group) addArrow(e, (4.5 + lineWidth * 2) * clamp(Math.sqrt(view.scale), 0.6, 1.3));
      ctx.fill();
    });
    ctx.globalAlpha = 1;
  }

  function drawEdges() {
    const plain = [], strong = [], hovered = [];
    for (let e = 0; e < E; e++) {
      if (!edgeOn[e]) continue;
      const box = edgeBox(e);
      if (!onScreen(box[0], box[1], box[2], box[3], 12)) continue;
      const touched = hoverNode >= 0 && (edges[e].source === hoverNode || edges[e].target === hoverNode);
      if (e === hoverEdge || e === pinned) hovered.push(e);
      else if (touched || (focusEdges && focusEdges[e])) strong.push(e);
      else plain.push(e);
    }
    strokeEdges(plain, 1.3, focusEdges ? 0.07 : 0.6);
    strokeEdges(strong, 2, 1);
    strokeEdges(hovered, 3.2, 1);
  }

  function drawNodes() {
    for (let i = N - 1; i >= 0; i--) {
      if (!nodeOn[i] || !onScreen(sx[i] - sr[i], sy[i] - sr[i], sx[i] + sr[i], sy[i] + sr[i], 4)) continue;
      ctx.globalAlpha = focusNodes && !focusNodes[i] ? 0.16 : 1;
      shapePath(shapeOf[i], sx[i], sy[i], sr[i]);
      ctx.fillStyle = colourOf[i];
      ctx.fill();
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = "#ffffff";
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
    for (const i of [selected, hoverNode]) {
      if (i < 0 || !nodeOn[i]) continue;
      shapePath(shapeOf[i], sx[i], sy[i], sr[i] + 3.5);
      ctx.lineWidth = 2;
      ctx.strokeStyle = "#1d2230";
      ctx.stroke();
    }
  }

  // boxes already taken by labels (and nodes), in a grid of 64 px cells
  const taken = new Map();

  function cells(box, visit) {
    for (let cx = Math.floor(box[0] / 64); cx <= Math.floor(box[2] / 64); cx++) {
      for (let cy = Math.floor(box[1] / 64); cy <= Math.floor(box[3] / 64); cy++) {
        if (visit(cx * 65536 + cy) === false) return false;
      }
    }
    return true;
  }

  function isFree(box, owner, labelsOnly) {
    return cells(box, (key) => {
      const list = taken.get(key);
      if (!list) return true;
      for (const other of list) {
        if (other[4] === owner || (labelsOnly && !other[5])) continue;
        if (other[0] < box[2] && other[2] > box[0] && other[1] < box[3] && other[3] > box[1]) return false;
      }
      return true;
    });
  }

  function take(box) {
    cells(box, (key) => {
      if (!taken.has(key)) taken.set(key, []);
      taken.get(key).push(box);
    });
  }

  function haloText(text, x, y) {
    ctx.lineWidth = 3.5;
    ctx.lineJoin = "round";
    ctx.strokeStyle = "rgba(255,255,255,0.92)";
    ctx.strokeText(text, x, y);
    ctx.fillText(text, x, y);
  }

  function drawNodeLabel(i, priority) {
    const big = i < ALWAYS || i === selected;
    const text = shortLabel(i);
    const w = textWidth(big ? widths.big : widths.normal, i, big ? BIG_FONT : NODE_FONT, text);
    const h = 15, x = sx[i], y = sy[i], r = sr[i] + (shapeOf[i] === "circle" ? 3 : 5);
    const spots = [[x + r, y], [x - w / 2, y + r + h / 2], [x - r - w, y], [x - w / 2, y - r - h / 2]];
    const boxes = spots.map((spot) => [spot[0] - 2, spot[1] - h / 2, spot[0] + w + 2, spot[1] + h / 2, i, true]);
    // a free place; for the biggest nodes, one that only covers other nodes; the hovered one wherever it is
    const inside = (box) => box[0] >= 0 && box[1] >= 0 && box[2] <= width && box[3] <= height;
    let chosen = boxes.find((box) => inside(box) && isFree(box, i, false));
    if (!chosen && priority > 0) chosen = boxes.find((box) => inside(box) && isFree(box, i, true));
    if (!chosen && priority > 1) chosen = boxes.find(inside) || boxes[0];
    if (!chosen) return;
    take(chosen);
    ctx.font = big ? BIG_FONT : NODE_FONT;
    ctx.fillStyle = "#1d2230";
    haloText(text, chosen[0] + 2, (chosen[1] + chosen[3]) / 2);
  }

  function drawEdgeLabel(e, priority) {
    const edge = edges[e];
    const text = edge.relation;
    const w = textWidth(widths.edge, text, EDGE_FONT, text);
    let x, y, angle = 0;
    if (gr[e]) {
      x = gcx[e];
      y = gcy[e] - gr[e];
    } else {
      const length = Math.hypot(gx1[e] - gx0[e], gy1[e] - gy0[e]);
      if (length - sr[edge.source] - sr[edge.target] < w + 14) return;
      [x, y] = curvePoint(e, 0.5);
      angle = Math.atan2(gy1[e] - gy0[e], gx1[e] - gx0[e]);
      if (angle > Math.PI / 2) angle -= Math.PI;
      if (angle < -Math.PI / 2) angle += Math.PI;
    }
    const h = 13;
    const cos = Math.abs(Math.cos(angle)), sin = Math.abs(Math.sin(angle));
    const halfW = (cos * w + sin * h) / 2, halfH = (sin * w + cos * h) / 2;
    const box = [x - halfW, y - halfH, x + halfW, y + halfH, -1 - e, true];
    if (!isFree(box, box[4], priority)) return; // a hovered edge's label may cover nodes, never labels
    take(box);
    ctx.save();
    ctx.translate(x, y);
    ctx.rotate(angle);
    ctx.font = EDGE_FONT;
    ctx.textAlign = "center";
    ctx.fillStyle = darker.get(edge.relation);
    haloText(text, 0, 0);
    ctx.restore();
  }

  function drawLabels() {
    taken.clear();
    ctx.textBaseline = "middle";
    ctx.textAlign = "left";
    const zoomed = medianEdge * view.scale >= 50; // all nodes labelled from here on
    const edgeZoom = medianEdge * view.scale >= 150; // and edges
    // the nodes themselves are obstacles for labels
    for (let i = 0; i < N; i++) {
      if (nodeOn[i] && (!focusNodes || focusNodes[i])) take([sx[i] - sr[i], sy[i] - sr[i], sx[i] + sr[i], sy[i] + sr[i], i]);
    }
    // the buttons over the canvas too
    take([0, 0, 52, 52, -Infinity, true]);
    take([width - 56, height - 124, width, height, -Infinity, true]);

    const order = [];
    if (hoverNode >= 0) order.push(hoverNode);
    if (selected >= 0) order.push(selected);
    if (focusNodes) for (let i = 0; i < N; i++) if (focusNodes[i]) order.push(i);
    for (let i = 0; i < N; i++) order.push(i);
    const done = new Uint8Array(N);
    for (const i of order) {
      if (done[i] || !nodeOn[i]) continue;
      done[i] = 1;
      const focus = focusNodes ? focusNodes[i] === 1 : false;
      if (focusNodes && !focus && i !== hoverNode) continue;
      const important = i < ALWAYS && nodes[i].degree > 0;
      if (!(zoomed || important || focus || i === hoverNode)) continue;
      if (!onScreen(sx[i] - 200, sy[i] - 30, sx[i] + 200, sy[i] + 30, 0)) continue;
      drawNodeLabel(i, i === hoverNode || i === selected ? 2 : important ? 1 : 0);
    }

    for (const e of [hoverEdge, pinned]) if (e >= 0 && edgeOn[e]) drawEdgeLabel(e, true);
    for (let e = 0; e < E; e++) {
      if (!edgeOn[e] || e === hoverEdge || e === pinned) continue;
      const focus = focusEdges ? focusEdges[e] === 1 : false;
      if (focusEdges && !focus) continue;
      if (!(edgeZoom || (focus && medianEdge * view.scale >= 60))) continue;
      const box = edgeBox(e);
      if (!onScreen(box[0], box[1], box[2], box[3], 0)) continue;
      drawEdgeLabel(e, false);
    }
  }

  function draw() {
    frame = 0;
    geometry();
    const ratio = window.devicePixelRatio || 1;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    if (N) {
      ctx.lineCap = "round";
      drawEdges();
      drawNodes();
      drawLabels();
    }
    document.documentElement.setAttribute("data-kg-drawn", "true");
  }

  // ---------------------------------------------------------------- view

  function resize() {
    const ratio = window.devicePixelRatio || 1;
    const newWidth = stage.clientWidth, newHeight = stage.clientHeight;
    if (!newWidth || !newHeight) return;
    if (fitted) { // keep the middle of the drawing in the middle
      view.x += (newWidth - width) / 2;
      view.y += (newHeight - height) / 2;
    }
    width = newWidth;
    height = newHeight;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    if (!fitted) {
      fitted = true;
      Object.assign(view, fitView());
    }
    changed();
    draw();
  }

  // the view that shows every entity drawn, and the labels drawn at that zoom, inside the window
  function fitView() {
    const any = shownNodes > 0;
    const drawn = [];
    for (let i = 0; i < N; i++) if (!any || nodeOn[i]) drawn.push(i);
    if (!drawn.length) return { scale: 1, x: width / 2, y: height / 2 };
    const threshold = 50 / medianEdge; // from this scale on every entity is labelled (see drawLabels)
    const important = (i) => i < ALWAYS && nodes[i].degree > 0;
    const fewLabels = viewFitting(drawn, important, 1.6);
    if (fewLabels.scale < threshold) return fewLabels;
    const everyLabel = viewFitting(drawn, () => true, 1.6);
    return everyLabel.scale >= threshold ? everyLabel : viewFitting(drawn, important, threshold * 0.999);
  }

  // the largest scale (at most maxScale) at which the nodes, and the labels of those labelled(i), fit the
  // window with a margin; a label is reckoned to the right of its node, where drawNodeLabel tries first
  function viewFitting(drawn, labelled, maxScale) {
    const pad = 24;
    const extent = (scale) => {
      const grow = clamp(Math.sqrt(scale), 0.4, 2.4);
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (const i of drawn) {
        const r = base[i] * grow, x = wx[i] * scale, y = wy[i] * scale;
        let right = r, half = r;
        if (labelled(i)) {
          const big = i < ALWAYS;
          right = r + (shapeOf[i] === "circle" ? 3 : 5) + 2 +
            textWidth(big ? widths.big : widths.normal, i, big ? BIG_FONT : NODE_FONT, shortLabel(i));
          half = Math.max(r, 8);
        }
        x0 = Math.min(x0, x - r);
        x1 = Math.max(x1, x + right);
        y0 = Math.min(y0, y - half);
        y1 = Math.max(y1, y + half);
      }
      return [x0, y0, x1, y1];
    };
    const fits = (scale) => {
      const [x0, y0, x1, y1] = extent(scale);
      return x1 - x0 <= width - 2 * pad && y1 - y0 <= height - 2 * pad;
    };
    let low = MIN_SCALE, high = maxScale;
    if (fits(high)) low = high;
    for (let step = 0; step < 40 && high - low > 1e-4 * high; step++) {
      const middle = (low + high) / 2;
      if (fits(middle)) low = middle; else high = middle;
    }
    const [x0, y0, x1, y1] = extent(low);
    return { scale: low, x: width / 2 - (x0 + x1) / 2, y: height / 2 - (y0 + y1) / 2 };
  }

  function stopAnimation() {
    if (animation) window.cancelAnimationFrame(animation);
    animation = 0;
  }

  function animateTo(target) {
    stopAnimation();
    if (reducedMotion) {
      Object.assign(view, target);
      changed();
      return;
    }
    const start = performance.now();
    const from = Object.assign({}, view);
    // move the world point in the middle of the window and the log of the scale, so zooming looks even
    const middle = (v) => [(width / 2 - v.x) / v.scale, (height / 2 - v.y) / v.scale];
    const a = middle(from), b = middle(target);
    const step = (now) => {
      const p = Math.min(1, (now - start) / 320);
      const eased = 1 - Math.pow(1 - p, 3);
      const scale = Math.exp(Math.log(from.scale) + (Math.log(target.scale) - Math.log(from.scale)) * eased);
      const mx = a[0] + (b[0] - a[0]) * eased, my = a[1] + (b[1] - a[1]) * eased;
      if (p < 1) {
        view.scale = scale;
        view.x = width / 2 - mx * scale;
        view.y = height / 2 - my * scale;
      } else {
        Object.assign(view, target);
      }
      changed();
      animation = p < 1 ? window.requestAnimationFrame(step) : 0;
    };
    animation = window.requestAnimationFrame(step);
  }

  function zoomAt(x, y, factor) {
    const scale = clamp(view.scale * factor, MIN_SCALE, MAX_SCALE);
    const ratio = scale / view.scale;
    view.x = x - (x - view.x) * ratio;
    view.y = y - (y - view.y) * ratio;
    view.scale = scale;
    changed();
  }

  function zoomBy(factor) {
    const scale = clamp(view.scale * factor, MIN_SCALE, MAX_SCALE);
    const ratio = scale / view.scale;
    animateTo({ scale, x: width / 2 - (width / 2 - view.x) * ratio, y: height / 2 - (height / 2 - view.y) * ratio });
  }

  function centreOn(i) {
    const scale = Math.max(view.scale, Math.min(1.2, 110 / medianEdge));
    animateTo({ scale, x: width / 2 - wx[i] * scale, y: height / 2 - wy[i] * scale });
  }

  // ---------------------------------------------------------------- tooltip and details

  // next to (x, y), inside the stage, covering as few of the given screen circles [x, y, r] as it can
  function placeTip(x, y, avoid) {
    const margin = 8, gap = 14;
    const w = tooltip.offsetWidth, h = tooltip.offsetHeight;
    let best = null;
    for (const [dx, dy] of [[1, 1], [-1, 1], [1, -1], [-1, -1]]) {
      const left = clamp(dx > 0 ? x + gap : x - gap - w, margin, Math.max(margin, width - margin - w));
      const top = clamp(dy > 0 ? y + gap : y - gap - h, margin, Math.max(margin, height - margin - h));
      let cost = 0;
      for (const [cx, cy, r] of avoid || []) {
        if (cx + r > left && cx - r < left + w && cy + r > top && cy - r < top + h) cost += 1;
      }
      if (x >= left && x <= left + w && y >= top && y <= top + h) cost += 2;
      if (!best || cost < best[0]) best = [cost, left, top];
    }
    tooltip.style.left = best[1] + "px";
    tooltip.style.top = best[2] + "px";
  }

  function endsOf(e) {
    const ends = [];
    for (const i of [edges[e].source, edges[e].target]) ends.push([sx[i], sy[i], sr[i] + 14], [sx[i] + sr[i] + 40, sy[i], 34]);
    return ends; // the two nodes and the beginning of their labels
  }

  function fieldList(rows) {
    const list = element("dl");
    for (const [name, value] of rows) {
      if (value === null || value === undefined || value === "") continue;
      list.appendChild(element("dt", null, name));
      const cell = element("dd");
      if (value instanceof Node) cell.appendChild(value);
      else cell.textContent = String(value);
      list.appendChild(cell);
    }
    return list;
  }

  function edgeContent(e, isPinned) {
    const edge = edges[e];
    const info = relationOf.get(edge.relation);
    const article = edge.article === null || edge.article === undefined ? null : articles[edge.article];
    const parts = [];
    const head = element("div", "kg-head");
    head.append(lineIcon(edge.relation), element("span", null, edge.relation));
    if (info && info.statement) head.appendChild(element("span", "kg-muted", "· " + info.statement));
    parts.push(head);
    const ends = element("p", "kg-ends");
    ends.append(element("b", null, nodes[edge.source].label), edge.directed ? " → " : " — ",
      element("b", null, nodes[edge.target].label));
    parts.push(ends);
    if (edge.evidence) parts.push(element("blockquote", null, "“" + edge.evidence + "”"));
    let link = null;
    if (article && article.url) {
      const url = safeUrl(article.url);
      if (url) {
        link = element("a", null, url);
        link.href = url;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
      } else {
        link = article.url;
      }
    }
    parts.push(fieldList([
      ["Role", edge.role],
      ["Event date", edge.date || "not given"],
      ["Confidence", typeof edge.confidence === "number" ? edge.confidence.toFixed(2) : null],
      ["Modality", edge.modality && edge.modality !== "Asserted" ? edge.modality : null],
      ["Trigger", edge.trigger ? "“" + edge.trigger + "”" : null],
      ["Article", article ? article.title || article.id : null],
      ["Published", article ? article.published : null],
      ["URL", link],
    ]));
    if (isPinned) {
      const close = element("button", "kg-close", "×");
      close.type = "button";
      close.title = "Close (Esc)";
      close.setAttribute("aria-label", "Close");
      close.addEventListener("click", () => { unpin(); hideTip(); });
      parts.push(close);
    } else {
      parts.push(element("p", "kg-hint", "Click the edge to keep this open."));
    }
    return parts;
  }

  function eventCounts(node) {
    const counts = [["Events", numbers.format(node.events)]];
    if (node.standing) counts.push(["Offices and memberships", numbers.format(node.standing)]);
    return counts;
  }

  function countPhrase(node) {
    const parts = [plural(node.events, "event", "events")];
    if (node.standing) parts.push(plural(node.standing, "office or membership", "offices and memberships"));
    return parts.join(", ");
  }

  function nodeContent(i) {
    const node = nodes[i];
    const head = element("div", "kg-head");
    head.append(shapeIcon(shapeOf[i], colourOf[i]), element("span", null, node.label));
    return [head, fieldList([["Type", node.type]].concat(eventCounts(node))),
      element("p", "kg-hint", i === selected ? "Click again to clear the highlight." : "Click to highlight its neighbours.")];
  }

  function showTip(key, build, x, y, isPinned, avoid) {
    if (key !== tipKey) {
      tipKey = key;
      fill(tooltip, build());
    }
    tooltip.classList.toggle("kg-pinned", Boolean(isPinned));
    tooltip.hidden = false;
    placeTip(x, y, avoid);
  }

  function hideTip() {
    tooltip.hidden = true;
    tipKey = "";
  }

  function pin(e, x, y) {
    pinned = e;
    geometry();
    showTip("pinned" + e, () => edgeContent(e, true), x, y, true, endsOf(e));
    changed();
  }

  function unpin() {
    if (pinned < 0) return;
    pinned = -1;
    hideTip();
    changed();
  }

  function select(i) {
    selected = i;
    updateFocus();
    if (i >= 0) showDetails(i);
    else details.hidden = true;
    changed();
  }

  function showDetails(i) {
    const node = nodes[i];
    const parts = [element("h3", null, node.label)];
    const kind = element("div", "kg-kind");
    kind.append(shapeIcon(shapeOf[i], colourOf[i]),
      element("span", null, node.type + " · " + countPhrase(node)));
    parts.push(kind, element("div", "kg-iri", node.id));
    const mine = incident[i].filter((k) => edgeOn[k]);
    const relationRank = new Map(data.relations.map((r, position) => [r.name, position]));
    const other = (k) => (edges[k].source === i ? edges[k].target : edges[k].source);
    mine.sort((a, b) => relationRank.get(edges[a].relation) - relationRank.get(edges[b].relation) ||
      nodes[other(a)].label.localeCompare(nodes[other(b)].label) || a - b);
    if (!nodeOn[i]) parts.push(element("p", "kg-more", "Hidden by the filters."));
    else if (!mine.length) parts.push(element("p", "kg-more", "No edge shown."));
    const list = element("ul");
    for (const k of mine.slice(0, 150)) {
      const edge = edges[k];
      const arrow = !edge.directed ? "—" : edge.source === i ? "→" : "←";
      const button = element("button");
      button.type = "button";
      button.title = edge.evidence || edge.relation;
      button.append(lineIcon(edge.relation), element("span", "kg-rel", edge.relation + " " + arrow),
        element("span", "kg-other", nodes[other(k)].label + (edge.date ? " · " + edge.date : "")));
      button.addEventListener("click", () => showEdge(k));
      const item = element("li");
      item.appendChild(button);
      list.appendChild(item);
    }
    if (mine.length) parts.push(list);
    if (mine.length > 150) parts.push(element("p", "kg-more", "and " + numbers.format(mine.length - 150) + " more"));
    fill(details, parts);
    details.hidden = false;
  }

  function showEdge(k) {
    geometry();
    let [x, y] = gr[k] ? [gcx[k], gcy[k] - gr[k]] : curvePoint(k, 0.5);
    if (!onScreen(x, y, x, y, -20)) { // bring it into view first
      const wxMid = (x - view.x) / view.scale, wyMid = (y - view.y) / view.scale;
      view.x = width / 2 - wxMid * view.scale;
      view.y = height / 2 - wyMid * view.scale;
      dirty = true;
      geometry();
      [x, y] = gr[k] ? [gcx[k], gcy[k] - gr[k]] : curvePoint(k, 0.5);
    }
    pin(k, x, y);
  }

  // ---------------------------------------------------------------- search

  const folded = nodes.map((n) => fold(n.label));
  let matches = [];
  let cursor = 0;

  function findMatches(query) {
    const wanted = fold(query);
    if (!wanted) return [];
    const found = [];
    for (let i = 0; i < N; i++) {
      const label = folded[i];
      let score = -1;
      if (label === wanted) score = 0;
      else if (label.startsWith(wanted)) score = 1;
      else if (label.includes(" " + wanted) || label.includes("-" + wanted)) score = 2;
      else if (label.includes(wanted)) score = 3;
      if (score >= 0) found.push([score, i]);
    }
    found.sort((a, b) => a[0] - b[0] || a[1] - b[1]); // nodes come biggest first
    return found.map((pair) => pair[1]);
  }

  function goToMatch() {
    const i = matches[cursor];
    select(i);
    if (nodeOn[i]) centreOn(i);
    let text = nodes[i].label + " · " + nodes[i].type;
    if (matches.length > 1) text += " (" + (cursor + 1) + " of " + matches.length + "; Enter for the next)";
    if (!nodeOn[i]) text += " · hidden by the filters";
    searchStatus.textContent = text;
    searchStatus.classList.remove("kg-miss");
  }

  function runSearch() {
    const query = search.value.trim();
    matches = findMatches(query);
    cursor = 0;
    if (!query) {
      searchStatus.textContent = "";
      searchStatus.classList.remove("kg-miss");
    } else if (!matches.length) {
      searchStatus.textContent = "No entity matches “" + query + "”.";
      searchStatus.classList.add("kg-miss");
    } else {
      goToMatch();
    }
  }

  function buildSearch() {
    const options = byId("kg-entity-list");
    const seen = new Set();
    for (const node of nodes) {
      if (seen.has(node.label)) continue;
      seen.add(node.label);
      const option = element("option");
      option.value = node.label;
      options.appendChild(option);
    }
    search.addEventListener("input", runSearch);
    search.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
        if (!matches.length) return runSearch();
        cursor = (cursor + 1) % matches.length;
        goToMatch();
      } else if (event.key === "Escape") {
        search.value = "";
        runSearch();
      }
    });
  }

  // ---------------------------------------------------------------- pointer, wheel, keys

  const pointers = new Map();
  let gesture = null;

  function local(event) {
    const rect = canvas.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }

  function hover(point) {
    const n = nodeAt(point.x, point.y);
    const e = n >= 0 ? -1 : edgeAt(point.x, point.y);
    if (n !== hoverNode || e !== hoverEdge) {
      hoverNode = n;
      hoverEdge = e;
      changed();
    }
    canvas.classList.toggle("kg-pointer", n >= 0 || e >= 0);
    if (pinned >= 0) return;
    if (n >= 0) showTip("node" + n + (n === selected ? "s" : ""), () => nodeContent(n), point.x, point.y, false);
    else if (e >= 0) showTip("edge" + e, () => edgeContent(e, false), point.x, point.y, false, endsOf(e));
    else hideTip();
  }

  function clearHover() {
    if (hoverNode >= 0 || hoverEdge >= 0) {
      hoverNode = -1;
      hoverEdge = -1;
      changed();
    }
    if (pinned < 0) hideTip();
  }

  function click(start, point) {
    if (start.node >= 0) {
      unpin();
      select(start.node === selected ? -1 : start.node);
      if (start.touch) showTip("node" + start.node, () => nodeContent(start.node), point.x, point.y, false);
      else hover(point);
    } else if (start.edge >= 0) {
      pin(start.edge, point.x, point.y);
    } else {
      unpin();
      select(-1);
      hideTip();
    }
  }

  function bindPointer() {
    canvas.addEventListener("pointerdown", (event) => {
      if (event.pointerType === "mouse" && event.button !== 0) return;
      stopAnimation();
      try { canvas.setPointerCapture(event.pointerId); } catch (error) { /* the pointer is gone already */ }
      const point = local(event);
      pointers.set(event.pointerId, point);
      if (pointers.size === 2) {
        const [a, b] = Array.from(pointers.values());
        gesture = { pinch: true, distance: Math.hypot(a.x - b.x, a.y - b.y) || 1, mid: [(a.x + b.x) / 2, (a.y + b.y) / 2] };
        return;
      }
      const node = nodeAt(point.x, point.y);
      gesture = {
        node, edge: node >= 0 ? -1 : edgeAt(point.x, point.y), x0: point.x, y0: point.y, x: point.x, y: point.y,
        moved: false, touch: event.pointerType !== "mouse",
      };
      canvas.classList.add("kg-grabbing");
    });
    canvas.addEventListener("pointermove", (event) => {
      const point = local(event);
      if (pointers.has(event.pointerId)) pointers.set(event.pointerId, point);
      if (gesture && gesture.pinch) {
        if (pointers.size < 2) return;
        const [a, b] = Array.from(pointers.values());
        const distance = Math.hypot(a.x - b.x, a.y - b.y) || 1;
        const mid = [(a.x + b.x) / 2, (a.y + b.y) / 2];
        view.x += mid[0] - gesture.mid[0];
        view.y += mid[1] - gesture.mid[1];
        zoomAt(mid[0], mid[1], distance / gesture.distance);
        gesture.distance = distance;
        gesture.mid = mid;
        return;
      }
      if (gesture) {
        if (!gesture.moved && Math.hypot(point.x - gesture.x0, point.y - gesture.y0) > 4) {
          gesture.moved = true;
          if (pinned < 0) hideTip();
        }
        if (gesture.moved) {
          const dx = point.x - gesture.x, dy = point.y - gesture.y;
          if (gesture.node >= 0) {
            wx[gesture.node] += dx / view.scale;
            wy[gesture.node] += dy / view.scale;
          } else {
            view.x += dx;
            view.y += dy;
          }
          changed();
        }
        gesture.x = point.x;
        gesture.y = point.y;
        return;
      }
      if (event.pointerType === "mouse") hover(point);
    });
    const end = (event) => {
      const point = local(event);
      pointers.delete(event.pointerId);
      canvas.classList.remove("kg-grabbing");
      if (gesture && !gesture.pinch && !gesture.moved && event.type === "pointerup") click(gesture, point);
      if (!pointers.size || (gesture && !gesture.pinch)) gesture = null;
    };
    canvas.addEventListener("pointerup", end);
    canvas.addEventListener("pointercancel", end);
    canvas.addEventListener("pointerleave", (event) => {
      if (event.pointerType === "mouse" && !gesture) clearHover();
    });
    canvas.addEventListener("wheel", (event) => {
      event.preventDefault();
      stopAnimation();
      const point = local(event);
      const lines = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? height : 1;
      zoomAt(point.x, point.y, Math.exp(-clamp(event.deltaY * lines, -300, 300) * 0.0015));
      if (pinned < 0) hideTip();
    }, { passive: false });
  }

  function bindKeys() {
    document.addEventListener("keydown", (event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "+" || event.key === "=") zoomBy(1.4);
      else if (event.key === "-" || event.key === "_") zoomBy(1 / 1.4);
      else if (event.key === "0") animateTo(fitView());
      else if (event.key === "/") search.focus();
      else if (event.key === "Escape") {
        unpin();
        select(-1);
        hideTip();
      } else return;
      event.preventDefault();
    });
    byId("kg-zoom-in").addEventListener("click", () => zoomBy(1.4));
    byId("kg-zoom-out").addEventListener("click", () => zoomBy(1 / 1.4));
    byId("kg-fit").addEventListener("click", () => animateTo(fitView()));
    const toggle = byId("kg-panel-toggle");
    const setPanel = (open) => {
      document.body.classList.toggle("kg-panel-hidden", !open);
      toggle.setAttribute("aria-expanded", String(open));
      toggle.title = open ? "Hide the panel" : "Show the panel";
      toggle.setAttribute("aria-label", toggle.title);
    };
    toggle.addEventListener("click", () => setPanel(document.body.classList.contains("kg-panel-hidden")));
    if (window.innerWidth < 700) setPanel(false);
  }

  // ---------------------------------------------------------------- start

  buildLegend();
  buildSearch();
  bindPointer();
  bindKeys();
  refilter();
  if (window.ResizeObserver) new ResizeObserver(resize).observe(stage);
  else window.addEventListener("resize", resize);
  resize();
})();
