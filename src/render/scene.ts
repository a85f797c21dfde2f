// The network scene: organisations as particles (one atlas texture, tinted by kind), contracts
// and memberships as one edge mesh, event pulses as a second particle layer. Frames set target
// positions; every animation frame eases toward them and rewrites buffers in place. It runs
// in the render worker on an OffscreenCanvas, or on the main thread where that is missing;
// it touches no DOM.
import { Application, Container, Particle, ParticleContainer, Rectangle, Sprite, Text, type ICanvas } from 'pixi.js';
import type { Catalogue } from '../engine/api';
import { EDGE_STATES, NODE_FLAG } from '../engine/api';
import { BACKGROUND, EDGE_STYLE, KIND_STYLE, PATTERN_ID, TONE_STYLE } from './palette';
import { makeAtlas, SHAPE_R, type Atlas } from './textures';
import { EdgeLayer } from './edges';
import { NodeLabels } from './labels';
import { MapLayer } from './map-layer';
import type { NetworkStats, SceneFrame, ViewState } from './protocol';

/** Easing time constant (ms): positions cover ~63% of the way in this time. */
const EASE_MS = 260;
const PULSE_MS = 1400;
const MAX_PULSES = 90;
const MAX_NEW_PULSES_PER_FRAME = 24;
const MEMBERSHIP = EDGE_STATES.indexOf('membership'),
  REFERRAL = EDGE_STATES.indexOf('referral'),
  BID = EDGE_STATES.indexOf('bid');
/** Below this zoom, bids and practice membership spokes are left out (sub-pixel clutter). */
const WEAK_EDGE_MIN_SCALE = 0.45;
/** Below this zoom a practice (radius ≈ 2.5 world units) would be under half a pixel: not drawn. */
const PRACTICE_MIN_SCALE = 0.2;

interface Pulse {
  node: number;
  t0: number;
  color: number;
  big: boolean;
}

export class NetworkScene {
  readonly app = new Application();
  private view: ViewState = { scale: 1, ox: 0, oy: 0, width: 1, height: 1 };
  /** Bumped whenever displayed positions change (picking rebuilds its index on a change). */
  version = 0;
  private atlas!: Atlas;
  private world = new Container();
  private edges = new EdgeLayer(4096);
  private nodeLayer!: ParticleContainer;
  /** Practices apart: far out they are sub-pixel specks, so the layer is skipped (LOD). */
  private practiceLayer!: ParticleContainer;
  private pulseLayer!: ParticleContainer;
  private labelLayer = new Container();
  private nodeLabels = new NodeLabels();
  /** The England map under the network (runs of real footprints), and which footprints it was built for. */
  private mapLayer: MapLayer | null = null;
  private mapKey = '';
  private labelsDirty = true;
  private particles: Particle[] = [];
  private halo!: Sprite;
  /** Something changed since the last render (idle frames skip rendering). */
  private dirty = true;
  /** Tints or alphas changed (the node layer uploads colours only when told). */
  private coloursDirty = false;
  /** Edges before the first bid or membership edge (contracts come first in a frame). */
  private strongEdges = 0;
  private weakShown = true;
  private pulses: Pulse[] = [];
  private pulsePool: Particle[] = [];
  /** Shared cell where the version is published (render worker), if any. */
  private versionCell: Int32Array | null = null;

  catalogue: Catalogue | null = null;
  frame: SceneFrame | null = null;
  /** Displayed (eased) positions and sizes, and their targets. */
  x: Float32Array = new Float32Array(0);
  y: Float32Array = new Float32Array(0);
  r: Float32Array = new Float32Array(0);
  private tx = new Float32Array(0);
  private ty = new Float32Array(0);
  private tr = new Float32Array(0);
  private visible: Uint8Array = new Uint8Array(0);
  private moving = false;
  private edgesDirty = false;
  private selected: number | null = null;
  private last = 0;
  private pendingWork = 0;
  readonly stats: NetworkStats = { frameMs: [], updateMs: [], renderMs: [], frames: 0 };
  /** Colours last given to each particle (setting a Pixi tint is not free; uploads happen on change). */
  private tints = new Uint32Array(0);
  private alphas = new Float32Array(0);

  /** `canvas`: an HTMLCanvasElement on the main thread or an OffscreenCanvas in the render worker. */
  async init(canvas: ICanvas, width: number, height: number, resolution: number): Promise<void> {
    await this.app.init({
      canvas,
      width,
      height,
      antialias: false,
      background: BACKGROUND,
      autoStart: false,
      resolution,
      autoDensity: false,
      preference: 'webgl',
    });
    this.app.ticker.stop();
    this.app.stage.eventMode = 'none';
    this.app.stage.interactiveChildren = false;
    this.atlas = makeAtlas();
    // Positions and sizes ease every frame; colours and textures change rarely and are
    // uploaded on demand (update()), which halves the per-frame upload.
    this.nodeLayer = new ParticleContainer({
      dynamicProperties: { position: true, vertex: true, color: false, uvs: false },
    });
    this.practiceLayer = new ParticleContainer({
      dynamicProperties: { position: true, vertex: true, color: false, uvs: false },
    });
    this.practiceLayer.boundsArea = new Rectangle(-1e6, -1e6, 2e6, 2e6);
    this.halo = new Sprite({ texture: this.atlas.halo, anchor: 0.5, alpha: 0, tint: 0xffffff });
    this.pulseLayer = new ParticleContainer({
      dynamicProperties: { position: true, vertex: true, color: true, uvs: false },
    });
    this.edges.mesh.boundsArea = new Rectangle(-1e6, -1e6, 2e6, 2e6);
    this.nodeLayer.boundsArea = new Rectangle(-1e6, -1e6, 2e6, 2e6);
    this.pulseLayer.boundsArea = new Rectangle(-1e6, -1e6, 2e6, 2e6);
    this.world.addChild(
      this.edges.mesh,
      this.halo,
      this.practiceLayer,
      this.nodeLayer,
      this.pulseLayer,
      this.labelLayer,
      this.nodeLabels.layer,
    );
    this.app.stage.addChild(this.world);
    this.resize(width, height);
    const raf: (cb: (t: number) => void) => void =
      typeof requestAnimationFrame === 'function'
        ? (cb) => requestAnimationFrame(cb)
        : (cb) => setTimeout(() => cb(performance.now()), 16);
    const loop = (t: number): void => {
      raf(loop);
      this.tick(t);
    };
    raf(loop);
  }

  resize(width: number, height: number): void {
    this.view = { ...this.view, width, height };
    this.app.renderer.resize(width, height);
    this.dirty = true;
    this.labelsDirty = true;
  }

  /** Publishes the position version in shared memory (the main thread picks from it). */
  shareVersion(cell: Int32Array): void {
    this.versionCell = cell;
  }

  /** New organisations: keep displayed positions of those that stay (matched by code). */
  /** `positions` (3n floats: x, then y, then r) may be shared memory the main thread reads. */
  setCatalogue(cat: Catalogue, positions: Float32Array = new Float32Array(cat.nodes.length * 3)): void {
    const old = this.catalogue;
    const n = cat.nodes.length;
    const x = positions.subarray(0, n),
      y = positions.subarray(n, 2 * n),
      r = positions.subarray(2 * n, 3 * n);
    x.fill(0);
    y.fill(0);
    r.fill(0);
    const seen = new Uint8Array(n);
    if (old) {
      const byId = new Map(old.nodes.map((o) => [o.id, o.index]));
      for (const node of cat.nodes) {
        const k = byId.get(node.id);
        if (k !== undefined && k < this.x.length) {
          x[node.index] = this.x[k];
          y[node.index] = this.y[k];
          r[node.index] = this.r[k];
          seen[node.index] = 1;
        }
      }
    }
    this.catalogue = cat;
    this.x = x;
    this.y = y;
    this.r = r;
    this.tx = new Float32Array(n);
    this.ty = new Float32Array(n);
    this.tr = new Float32Array(n);
    if (this.visible.length !== n) this.visible = new Uint8Array(n).fill(1);
    // Particles start in their kind's colour, fully opaque (as created below).
    this.tints = new Uint32Array(cat.nodes.map((node) => KIND_STYLE[node.kind].color));
    this.alphas = new Float32Array(n).fill(1);
    this.fresh = seen;
    // Particles: one per organisation, textured by its kind's shape.
    this.nodeLayer.removeParticles();
    this.practiceLayer.removeParticles();
    this.particles = cat.nodes.map((node) => {
      const st = KIND_STYLE[node.kind];
      return new Particle({
        texture: this.atlas.shape[st.shape],
        anchorX: 0.5,
        anchorY: 0.5,
        tint: st.color,
        scaleX: 0,
        scaleY: 0,
      });
    });
    this.particles.forEach((p, i) =>
      (cat.nodes[i].kind === 'practice' ? this.practiceLayer : this.nodeLayer).addParticle(p),
    );
    this.coloursDirty = true;
    this.dirty = true;
    if (this.selected != null && this.selected >= n) this.selected = null;
    this.nodeLabels.reset(cat);
    this.setMap(cat);
    this.labelsDirty = true;
    this.bump();
    this.repaint();
    this.buildLabels();
  }

  /** Builds the map layer when the run's footprints change (a reform keeps it), or takes it away. */
  private setMap(cat: Catalogue): void {
    const geo = cat.geography;
    const key = geo ? `${geo.worldPerKm}:${geo.footprints.join(',')}` : '';
    if (key === this.mapKey) return;
    this.mapKey = key;
    this.mapLayer?.destroy({ children: true });
    this.mapLayer = null;
    if (!geo) return;
    this.mapLayer = new MapLayer(geo.map, geo.worldPerKm, geo.footprints);
    this.mapLayer.setZoom(this.view.scale);
    // The land under everything; the map's names over the network, under organisations' names.
    this.world.addChildAt(this.mapLayer, 0);
    this.world.addChildAt(this.mapLayer.names, this.world.getChildIndex(this.labelLayer));
  }
  /** Which nodes had a displayed position before the latest catalogue (others appear in place). */
  private fresh = new Uint8Array(0);

  setFrame(f: SceneFrame): void {
    const t0 = performance.now();
    if (!this.catalogue || f.nodeCount !== this.catalogue.nodes.length) {
      this.frame = f;
      return;
    }
    const prev = this.frame;
    const first = !prev;
    this.frame = f;
    const n = f.nodeCount;
    this.placeNewcomers(f);
    let moved = false;
    for (let i = 0; i < n; i++) {
      if (this.tx[i] !== f.nodeX[i] || this.ty[i] !== f.nodeY[i] || this.tr[i] !== f.nodeSize[i]) moved = true;
      this.tx[i] = f.nodeX[i];
      this.ty[i] = f.nodeY[i];
      this.tr[i] = f.nodeSize[i];
      if (!this.fresh[i]) {
        this.x[i] = f.nodeX[i];
        this.y[i] = f.nodeY[i];
        this.fresh[i] = 1;
      }
      const inactive = (f.nodeFlags[i] & NODE_FLAG.inactive) !== 0;
      const failed = (f.nodeFlags[i] & NODE_FLAG.failed) !== 0;
      this.paint(
        i,
        failed ? 0x6b6b6b : KIND_STYLE[this.catalogue.nodes[i].kind].color,
        (this.visible[i] ? 1 : 0.1) * (inactive && !failed ? 0.5 : 1),
      );
    }
    if (moved) this.moving = true;
    this.dirty = true;
    // Most frames change a few contract states; identical edge lists skip the rewrite.
    if (!prev || !sameEdges(prev, f)) this.writeEdges();
    this.spawnPulses(f);
    // Area names: at once on the first frame; after a reform, once the organisations have moved.
    if (first) this.buildLabels();
    else if (f.structureVersion !== this.labelVersion) {
      this.labelVersion = f.structureVersion;
      this.labelLayer.visible = false;
      this.areaLabelsAt = performance.now() + 1200;
    }
    this.pendingWork += performance.now() - t0;
  }

  /**
   * Organisations new since the last catalogue (a reform's commissioners) start where their
   * neighbours are drawn now (their practices, their providers) and travel with them, instead
   * of appearing at the far end of the move. On the first frame of a run nothing is placed yet.
   */
  private placeNewcomers(f: SceneFrame): void {
    const fresh = this.fresh;
    let any = false,
      anySeen = false;
    for (let i = 0; i < f.nodeCount; i++) {
      if (!fresh[i]) any = true;
      else anySeen = true;
    }
    if (!any || !anySeen) return;
    const sx = new Float64Array(f.nodeCount),
      sy = new Float64Array(f.nodeCount),
      k = new Uint32Array(f.nodeCount);
    for (let e = 0; e < f.edgeCount; e++) {
      const a = f.edgeSrc[e],
        b = f.edgeDst[e];
      if (!fresh[a] && fresh[b]) {
        sx[a] += this.x[b];
        sy[a] += this.y[b];
        k[a]++;
      }
      if (!fresh[b] && fresh[a]) {
        sx[b] += this.x[a];
        sy[b] += this.y[a];
        k[b]++;
      }
    }
    for (let i = 0; i < f.nodeCount; i++) {
      if (fresh[i] || !k[i]) continue;
      this.x[i] = sx[i] / k[i];
      this.y[i] = sy[i] / k[i];
      fresh[i] = 1;
    }
  }

  private writeEdges(): void {
    const f = this.frame;
    if (!f) return;
    const E = f.edgeCount;
    this.edges.reserve(E);
    const X = this.x,
      Y = this.y;
    this.strongEdges = E;
    for (let e = 0; e < E; e++) {
      const s = f.edgeSrc[e],
        d = f.edgeDst[e];
      const st = EDGE_STYLE[EDGE_STATES[f.edgeState[e]]];
      const state = f.edgeState[e];
      const member = state === MEMBERSHIP || state === REFERRAL;
      // Bids and memberships follow the contracts in a frame; far out they are left out.
      if ((member || state === BID) && this.strongEdges === E) this.strongEdges = e;
      // Contracts: width by value, √(£m) from 0.5 to 5 world units (£400m and above); bids and memberships are hairlines.
      const w = member || state === BID ? 0.45 : 0.5 + 4.5 * Math.sqrt(Math.min(1, Math.max(0, f.edgeWeight[e]) / 400));
      // Filtered-out ends dim an edge; a selection dims every edge but its own.
      const sel = this.selected;
      const dim = (this.visible[s] && this.visible[d] ? 1 : 0.12) * (sel == null || s === sel || d === sel ? 1 : 0.3);
      this.edges.set(e, X[s], Y[s], X[d], Y[d], w, st.color, st.alpha * dim, PATTERN_ID[st.pattern]);
    }
    this.commitEdges();
    this.edgesDirty = false;
  }

  private commitEdges(): void {
    const f = this.frame;
    if (!f) return;
    this.edges.commit(this.weakShown ? f.edgeCount : this.strongEdges);
    this.dirty = true;
  }

  private moveEdges(): void {
    const f = this.frame;
    if (!f) return;
    const X = this.x,
      Y = this.y;
    const n = this.weakShown ? f.edgeCount : this.strongEdges;
    for (let e = 0; e < n; e++) {
      const s = f.edgeSrc[e],
        d = f.edgeDst[e];
      this.edges.move(e, X[s], Y[s], X[d], Y[d]);
    }
    this.commitEdges();
  }

  private spawnPulses(f: SceneFrame): void {
    if (!f.events.length) return;
    const now = performance.now();
    // Notable events first; routine contract steps pulse only when little else happens.
    const notable = f.events.filter((e) => e.tone !== 'info');
    const chosen = (
      notable.length >= MAX_NEW_PULSES_PER_FRAME ? notable : [...notable, ...f.events.filter((e) => e.tone === 'info')]
    ).slice(-MAX_NEW_PULSES_PER_FRAME);
    for (const ev of chosen) {
      for (const node of ev.nodes) {
        if (node >= this.particles.length) continue;
        if (this.pulses.length >= MAX_PULSES) this.dropPulse(0);
        const big =
          ev.type.startsWith('arbitration') ||
          ev.type === 'provider.failed' ||
          ev.type === 'provider.bailout' ||
          ev.type === 'reform.applied' ||
          ev.type === 'alliance.formed';
        this.pulses.push({ node, t0: now, color: TONE_STYLE[ev.tone].color, big });
        const p = this.pulsePool.pop() ?? new Particle({ texture: this.atlas.ring, anchorX: 0.5, anchorY: 0.5 });
        this.pulseLayer.addParticle(p);
      }
    }
  }

  private dropPulse(i: number): void {
    this.pulses.splice(i, 1);
    const p = this.pulseLayer.particleChildren[this.pulseLayer.particleChildren.length - 1] as Particle | undefined;
    if (p) {
      this.pulseLayer.removeParticle(p);
      this.pulsePool.push(p);
    }
  }

  private tick(t: number): void {
    const t0 = performance.now();
    const dt = this.last ? Math.min(100, t - this.last) : 16;
    this.last = t;
    if (this.moving && this.frame) {
      const k = 1 - Math.exp(-dt / EASE_MS);
      let still = true,
        posMoved = false;
      const n = this.x.length;
      for (let i = 0; i < n; i++) {
        const dx = this.tx[i] - this.x[i],
          dy = this.ty[i] - this.y[i],
          dr = this.tr[i] - this.r[i];
        if (dx !== 0 || dy !== 0) {
          posMoved = true;
          if (dx * dx + dy * dy > 0.0004) {
            still = false;
            this.x[i] += dx * k;
            this.y[i] += dy * k;
          } else {
            this.x[i] = this.tx[i];
            this.y[i] = this.ty[i];
          }
        }
        if (dr !== 0) {
          if (dr * dr > 0.0004) {
            still = false;
            this.r[i] += dr * k;
          } else this.r[i] = this.tr[i];
        }
        const p = this.particles[i];
        p.x = this.x[i];
        p.y = this.y[i];
        const s = this.r[i] / SHAPE_R;
        p.scaleX = s;
        p.scaleY = s;
      }
      // Edges follow only when end points moved (size changes leave them alone).
      if (posMoved) {
        this.moveEdges();
        this.bump();
        this.labelsDirty = true;
      }
      this.dirty = true;
      if (still) this.moving = false;
    }
    if (this.areaLabelsAt && performance.now() >= this.areaLabelsAt) {
      this.areaLabelsAt = 0;
      this.buildLabels();
      this.labelLayer.visible = true;
    }
    if (this.edgesDirty) this.writeEdges();
    if (this.coloursDirty) {
      this.nodeLayer.update();
      this.practiceLayer.update();
      this.coloursDirty = false;
      this.dirty = true;
    }
    if (this.labelsDirty) {
      this.labelsDirty = false;
      const v = this.view;
      this.nodeLabels.update(
        this.x,
        this.y,
        this.r,
        this.visible,
        v.scale,
        [-v.ox / v.scale, -v.oy / v.scale, (v.width - v.ox) / v.scale, (v.height - v.oy) / v.scale],
        this.mapLayer?.labelBoxes() ?? [],
      );
      this.dirty = true;
    }
    this.updateHalo();
    if (this.pulses.length) {
      this.updatePulses(performance.now());
      this.dirty = true;
    }
    // Idle frames (paused, settled, no pulses) skip rendering altogether.
    const t1 = performance.now();
    if (this.dirty || this.moving) {
      this.dirty = false;
      this.app.render();
    }
    const t2 = performance.now();
    this.record(t1 - t0 + this.pendingWork, t2 - t1);
    this.pendingWork = 0;
  }

  private record(update: number, render: number): void {
    const st = this.stats;
    st.updateMs.push(update);
    st.renderMs.push(render);
    st.frameMs.push(update + render);
    st.frames++;
    if (st.frameMs.length > 4000) for (const a of [st.updateMs, st.renderMs, st.frameMs]) a.splice(0, 2000);
  }

  /** Sets a node's colour and opacity, flagging an upload only when they change. */
  private paint(i: number, tint: number, alpha: number): void {
    if (this.tints[i] === tint && this.alphas[i] === alpha) return;
    this.tints[i] = tint;
    this.alphas[i] = alpha;
    const p = this.particles[i];
    p.tint = tint;
    p.alpha = alpha;
    this.coloursDirty = true;
  }

  private updatePulses(now: number): void {
    const kids = this.pulseLayer.particleChildren as Particle[];
    for (let i = this.pulses.length - 1; i >= 0; i--) if (now - this.pulses[i].t0 > PULSE_MS) this.dropPulse(i);
    for (let i = 0; i < this.pulses.length; i++) {
      const pu = this.pulses[i],
        p = kids[i];
      if (!p) break;
      const a = (now - pu.t0) / PULSE_MS;
      const base = Math.max(this.r[pu.node], 3);
      // Grows a fixed number of screen pixels beyond the node, whatever the zoom.
      const rad = base * 1.15 + (a * (pu.big ? 26 : 14)) / this.view.scale;
      p.x = this.x[pu.node];
      p.y = this.y[pu.node];
      p.scaleX = p.scaleY = rad / SHAPE_R;
      p.tint = pu.color;
      p.alpha = (1 - a) * (this.visible[pu.node] ? 0.9 : 0.15);
    }
  }

  private updateHalo(): void {
    const h = this.halo;
    if (!h) return;
    const i = this.selected;
    if (i == null || i >= this.x.length) {
      h.alpha = 0;
      return;
    }
    h.position.set(this.x[i], this.y[i]);
    const rad = Math.max(this.r[i] * 2, 10 / this.view.scale);
    h.scale.set(rad / SHAPE_R);
    h.alpha = 0.8;
  }

  select(i: number | null): void {
    if (i === this.selected) return;
    this.selected = i;
    this.dirty = true;
    this.edgesDirty = true;
  }

  /** Which organisations the filters show (1) or dim (0), by node index. */
  setVisible(visible: Uint8Array): void {
    this.visible = visible;
    this.labelsDirty = true;
    this.repaint();
    this.edgesDirty = true;
  }

  private repaint(): void {
    const cat = this.catalogue,
      f = this.frame;
    if (!cat || !f || f.nodeCount !== cat.nodes.length || this.visible.length !== f.nodeCount) return;
    for (let i = 0; i < f.nodeCount; i++) {
      const inactive = (f.nodeFlags[i] & NODE_FLAG.inactive) !== 0;
      const failed = (f.nodeFlags[i] & NODE_FLAG.failed) !== 0;
      this.paint(
        i,
        failed ? 0x6b6b6b : KIND_STYLE[cat.nodes[i].kind].color,
        (this.visible[i] ? 1 : 0.1) * (inactive && !failed ? 0.5 : 1),
      );
    }
  }

  private bump(): void {
    this.version++;
    if (this.versionCell) Atomics.store(this.versionCell, 0, this.version);
  }

  /** Text size of names on the network, times the usual. */
  private textScale = 1;
  setTextScale(k: number): void {
    if (k === this.textScale) return;
    this.textScale = k;
    this.nodeLabels.setTextScale(k);
    this.labelsDirty = true;
    this.buildLabels();
  }

  /** The network as shown now, as a PNG (drawn afresh so the picture is complete). */
  async snapshot(): Promise<Blob> {
    this.app.render();
    const canvas = this.app.canvas as unknown as OffscreenCanvas | HTMLCanvasElement;
    if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/png' });
    return new Promise((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the picture could not be made'))), 'image/png'),
    );
  }

  /** The view transform changed (zoom, pan, fit). */
  setView(v: ViewState): void {
    const resized = v.width !== this.view.width || v.height !== this.view.height;
    this.view = v;
    this.world.scale.set(v.scale);
    this.world.position.set(v.ox, v.oy);
    if (resized) this.resize(v.width, v.height);
    this.onCamera();
  }

  private onCamera(): void {
    this.dirty = true;
    this.labelsDirty = true;
    const scale = this.view.scale;
    this.edges.minWidth = 0.9 / scale;
    this.mapLayer?.setZoom(scale);
    this.edges.pxPerWorld = scale;
    this.practiceLayer.visible = scale >= PRACTICE_MIN_SCALE;
    const weak = scale >= WEAK_EDGE_MIN_SCALE;
    if (weak !== this.weakShown) {
      this.weakShown = weak;
      // Weak edges' end points were not kept up to date while hidden.
      if (weak) this.edgesDirty = true;
      else this.commitEdges();
    }
    for (const t of this.labelLayer.children) t.scale.set(1 / scale);
  }

  private labelVersion = -1;
  /** When to put area names back after a reform (the organisations have mostly moved by then). */
  private areaLabelsAt = 0;
  private buildLabels(): void {
    const cat = this.catalogue,
      f = this.frame;
    if (!cat || !f || f.nodeCount !== cat.nodes.length) return;
    this.labelVersion = f.structureVersion;
    this.dirty = true;
    this.labelLayer.removeChildren().forEach((c) => c.destroy());
    // On the map the footprints are named by the map itself.
    if (cat.areas.length < 2 || this.mapLayer) return;
    // Area names above each area's organisations.
    const box = cat.areas.map(() => [Infinity, Infinity, -Infinity]);
    for (const node of cat.nodes) {
      const i = node.index;
      if (f.nodeSize[i] <= 0) continue;
      const b = box[node.area];
      if (!b) continue;
      b[0] = Math.min(b[0], f.nodeX[i]);
      b[2] = Math.max(b[2], f.nodeX[i]);
      b[1] = Math.min(b[1], f.nodeY[i]);
    }
    cat.areas.forEach((name, a) => {
      const b = box[a];
      if (b[0] === Infinity) return;
      const t = new Text({
        text: name,
        style: { fill: 0xc9d1d9, fontSize: Math.round(13 * this.textScale), fontFamily: 'system-ui, sans-serif' },
        resolution: 2,
      });
      t.anchor.set(0.5, 1);
      t.position.set((b[0] + b[2]) / 2, b[1] - 6);
      t.scale.set(1 / this.view.scale);
      this.labelLayer.addChild(t);
    });
  }
}

/** Whether two frames carry the same edges in the same states and weights. */
function sameEdges(a: SceneFrame, b: SceneFrame): boolean {
  const n = b.edgeCount;
  if (a.edgeCount !== n) return false;
  for (let e = 0; e < n; e++) {
    if (
      a.edgeSrc[e] !== b.edgeSrc[e] ||
      a.edgeDst[e] !== b.edgeDst[e] ||
      a.edgeState[e] !== b.edgeState[e] ||
      a.edgeWeight[e] !== b.edgeWeight[e]
    )
      return false;
  }
  return true;
}
