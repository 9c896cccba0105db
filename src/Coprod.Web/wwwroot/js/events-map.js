// Coprod — the events map (EVT-5) and its analysis layers (VEI-3), driven by the Blazor page
// « Carte et liste des événements ». The browser fetches everything from the API with the page's
// cookie: the partnership's area outlines, the compact points (clustered here with supercluster:
// the index is built once per filter change, and only re-clustered when the view moves), and the
// hotspot or density cells. Tiles are drawn only when the site configures a tile URL; without
// them the outlines and points sit on a plain background and everything works offline.
import '../lib/leaflet/leaflet.js';
import Supercluster from '../lib/supercluster/index.js';

const L = window.L;
const MaxZoom = 19;

export function create(element, options) {
  return new EventsMap(element, options);
}

class EventsMap {
  constructor(element, options) {
    this.o = options;
    this.map = L.map(element, { maxZoom: MaxZoom, minZoom: 4, zoomControl: false, keyboard: true });
    L.control.zoom({ zoomInTitle: options.texts.zoomIn, zoomOutTitle: options.texts.zoomOut }).addTo(this.map);
    if (options.tileUrl) {
      L.tileLayer(options.tileUrl, { attribution: options.tileAttribution || '', maxZoom: MaxZoom }).addTo(this.map);
    }
    // Analysis cells under the outlines (overlayPane, 400), points above both (markerPane, 600).
    this.map.createPane('analysis').style.zIndex = 390;
    this.map.setView([46.6, 2.4], 6);
    this.areas = L.layerGroup().addTo(this.map);
    this.analysis = L.layerGroup().addTo(this.map);
    this.markers = L.layerGroup().addTo(this.map);
    this.index = null;
    this.rows = [];
    this.categories = [];
    this.fitted = false;
    this.stats = { points: 0, fetchMs: 0, characters: 0, indexMs: 0, renderMs: 0, markers: 0 };
    this.dateFormat = new Intl.DateTimeFormat(options.locale, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });
    // The zoom level stays readable on the element (for tests and for anyone inspecting the page).
    this.map.on('moveend', () => {
      element.dataset.zoom = String(this.map.getZoom());
      this.render();
    });
    element.dataset.ready = 'true';
  }

  /** Draws the outlines of the areas (quartiers, QPV, commune limits) valid today; fits the view to them. */
  async showAreas(url) {
    const answer = await getJson(url);
    if (!answer.ok) {
      return answer;
    }
    this.areas.clearLayers();
    const styles = this.o.kinds;
    // Largest first, so that small areas stay visible on top of the commune limits.
    const areas = [...answer.body.areas].sort((a, b) => area(b.geometry) - area(a.geometry));
    for (const a of areas) {
      const s = styles[a.kind] || styles.Quartier;
      L.geoJSON(a.geometry, {
        interactive: false,
        style: { color: s.stroke, weight: 2, dashArray: s.dash === 'none' ? null : s.dash, fillColor: s.fill, fillOpacity: 0.25 },
      }).addTo(this.areas);
    }
    const bounds = L.featureGroup(this.areas.getLayers()).getBounds();
    if (bounds.isValid()) {
      this.map.fitBounds(bounds, { padding: [12, 12] });
      this.fitted = true;
    }
    return { ok: true, count: areas.length };
  }

  /** Fetches the points of the filters, builds the cluster index once, draws the view. */
  async showPoints(url) {
    const started = performance.now();
    const answer = await getJson(url);
    if (!answer.ok) {
      return answer;
    }
    const fetched = performance.now();
    const body = answer.body;
    this.rows = body.points;
    this.categories = body.categories;
    const features = new Array(this.rows.length);
    for (let i = 0; i < this.rows.length; i++) {
      features[i] = { type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [this.rows[i][1], this.rows[i][2]] } };
    }
    this.index = new Supercluster({ radius: 60, maxZoom: MaxZoom, minZoom: 0 }).load(features);
    this.stats = { ...this.stats, points: this.rows.length, characters: answer.characters, fetchMs: fetched - started, indexMs: performance.now() - fetched };
    if (!this.fitted && this.rows.length > 0) {
      this.map.fitBounds(L.latLngBounds(this.rows.map((r) => [r[2], r[1]])), { padding: [12, 12], maxZoom: 16 });
      this.fitted = true;
    }
    this.render();
    return { ok: true, count: body.count, withoutPoint: body.withoutPoint, limit: body.limit };
  }

  /** Re-clusters the current view from the index: nothing is fetched or rebuilt. */
  render() {
    if (!this.index) {
      return;
    }
    const started = performance.now();
    const b = this.map.getBounds();
    const zoom = Math.round(this.map.getZoom());
    const clusters = this.index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom);
    const layers = clusters.map((f) => (f.properties.cluster ? this.clusterMarker(f) : this.pointMarker(this.rows[f.properties.i])));
    this.markers.clearLayers();
    for (const layer of layers) {
      this.markers.addLayer(layer);
    }
    this.stats.renderMs = performance.now() - started;
    this.stats.markers = layers.length;
  }

  clusterMarker(feature) {
    const count = feature.properties.point_count;
    const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
    const [lon, lat] = feature.geometry.coordinates;
    const marker = L.marker([lat, lon], {
      icon: L.divIcon({ html: `<span>${feature.properties.point_count_abbreviated}</span>`, className: `events-cluster events-cluster--${size}`, iconSize: null }),
      title: this.o.texts.cluster.replace('{0}', count.toLocaleString(this.o.locale)),
      keyboard: true,
    });
    onActivate(marker, () => {
      const zoom = this.index.getClusterExpansionZoom(feature.properties.cluster_id);
      if (zoom <= this.map.getMaxZoom() && this.map.getZoom() < this.map.getMaxZoom()) {
        // The markers are redrawn at the new zoom: keep the keyboard focus on the map.
        this.map.getContainer().focus();
        this.map.setView([lat, lon], zoom);
        return;
      }
      // Events at the very same place never separate: list them instead.
      const leaves = this.index.getLeaves(feature.properties.cluster_id, 20).map((l) => this.rows[l.properties.i]);
      this.popup([lat, lon], this.listPopup(leaves, count));
    });
    return marker;
  }

  pointMarker(row) {
    const [, lon, lat, category, severity] = row;
    const marker = L.marker([lat, lon], {
      icon: L.divIcon({ html: '', className: `events-point events-point--${severity}`, iconSize: null }),
      title: `${this.categories[category].label} — ${this.dateFormat.format(new Date(row[5] * 1000))}`,
      keyboard: true,
    });
    onActivate(marker, () => this.popup([lat, lon], this.pointPopup(row)));
    return marker;
  }

  // Popups belong to the map, not to a marker: the markers are redrawn whenever the view moves,
  // and the pan that opens a popup must not close it.
  popup(latLng, content) {
    L.popup({ offset: [0, -6] }).setLatLng(latLng).setContent(content).openOn(this.map);
  }

  pointPopup(row) {
    const box = element('div', 'events-popup');
    box.append(element('strong', null, this.categories[row[3]].label));
    box.append(element('div', null, this.dateFormat.format(new Date(row[5] * 1000))));
    box.append(element('div', null, `${this.o.texts.severity} : ${this.o.severities[row[4] - 1]}`));
    const link = element('a', null, this.o.texts.open);
    link.href = this.o.eventUrl.replace('{id}', row[0]);
    box.append(link);
    return box;
  }

  listPopup(rows, count) {
    const box = element('div', 'events-popup');
    box.append(element('strong', null, this.o.texts.cluster.replace('{0}', count.toLocaleString(this.o.locale))));
    const list = element('ul');
    for (const row of rows) {
      const link = element('a', null, `${this.categories[row[3]].label} — ${this.dateFormat.format(new Date(row[5] * 1000))}`);
      link.href = this.o.eventUrl.replace('{id}', row[0]);
      const item = element('li');
      item.append(link);
      list.append(item);
    }
    box.append(list);
    return box;
  }

  /** Draws the hotspot (Gi*) or density cells of the API; returns the summary for the page's legend. */
  async showLayer(kind, url) {
    const answer = await getJson(url);
    if (!answer.ok) {
      return answer;
    }
    this.analysis.clearLayers();
    const body = answer.body;
    const palette = this.o.palette[kind];
    let breaks = [];
    let color;
    if (kind === 'hotspots') {
      color = (p) => palette[String(p.bin)];
    } else {
      const max = body.summary.maxDensity;
      breaks = palette.map((_, i) => (max * (i + 1)) / palette.length);
      color = (p) => palette[Math.min(palette.length - 1, Math.floor((p.density / max) * palette.length))];
    }
    L.geoJSON(body.cells, {
      pane: 'analysis',
      interactive: false,
      style: (f) => ({ stroke: false, fillColor: color(f.properties), fillOpacity: 0.65 }),
    }).addTo(this.analysis);
    return { ok: true, cells: body.cells.features.length, hot: body.summary.hot ?? 0, cold: body.summary.cold ?? 0, breaks };
  }

  hideLayer() {
    this.analysis.clearLayers();
  }

  /** Timings of the last load and render, for the performance check. */
  measure() {
    return this.stats;
  }

  dispose() {
    this.map.remove();
  }
}

// A click, or Enter or Space on a focused marker (Leaflet gives markers role="button" but only
// opens bound popups from the keyboard).
function onActivate(marker, action) {
  marker.on('click', action);
  marker.on('keypress', (e) => {
    if (e.originalEvent.key === 'Enter' || e.originalEvent.key === ' ') {
      e.originalEvent.preventDefault();
      action();
    }
  });
}

async function getJson(url) {
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch {
    return { ok: false, status: 0, detail: null };
  }
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) {
    const errors = body && body.errors ? Object.values(body.errors).flat().join(' ') : null;
    return { ok: false, status: response.status, detail: (body && body.detail) || errors || null };
  }
  return { ok: true, body, characters: text.length };
}

function element(tag, className, text) {
  const e = document.createElement(tag);
  if (className) {
    e.className = className;
  }
  if (text !== undefined) {
    e.textContent = text;
  }
  return e;
}

// Rough size of a geometry's bounding box, enough to draw large areas under small ones.
function area(geometry) {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const walk = (c) => {
    if (typeof c[0] === 'number') {
      minX = Math.min(minX, c[0]); maxX = Math.max(maxX, c[0]); minY = Math.min(minY, c[1]); maxY = Math.max(maxY, c[1]);
    } else {
      c.forEach(walk);
    }
  };
  walk(geometry.coordinates);
  return (maxX - minX) * (maxY - minY);
}
