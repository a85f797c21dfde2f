// The app shell: reads the address, starts the simulation worker, draws the network and
// hands the panels (src/ui) a UiContext. The main thread never steps the model.
import './style.css';
import type { Catalogue, Frame, NodeKind, Scenario, UiContext } from './engine/api';
import { NODE_FLAG } from './engine/api';
import { parseScenario, REGIMES, type RegimeId, type ScaleId } from './model/index';
import { NetworkView } from './render/network';
import { KIND_STYLE } from './render/palette';
import { Runner } from './shell/runner';
import { Toolbar, type Preset } from './shell/toolbar';
import { mountLegend } from './shell/legend';
import { notify } from './shell/toasts';
import { DEFAULT_SCALE, DEFAULT_SCENARIO, readAddress, writeAddress } from './shell/url';
import { showCrash, hideCrash } from './shell/crash';
import { mountTooltip } from './shell/tooltip';
import { mountZoom } from './shell/zoom';
import { h } from './ui/dom';

// The panels are another helper's module; found at build time when present.
const panelModules = import.meta.glob<{ mountPanels?: (root: HTMLElement, ctx: UiContext) => void }>('./ui/index.ts', {
  eager: true,
});

async function loadPresets(): Promise<Preset[]> {
  const res = await fetch(`${import.meta.env.BASE_URL}scenarios/index.json`);
  if (!res.ok) throw new Error(`Could not read the scenario list (HTTP ${res.status})`);
  return (await res.json()) as Preset[];
}

async function loadPreset(p: Preset): Promise<Scenario> {
  const res = await fetch(`${import.meta.env.BASE_URL}scenarios/${p.file}`);
  if (!res.ok) throw new Error(`Could not read scenario "${p.id}" (HTTP ${res.status})`);
  const parsed = parseScenario(await res.json());
  if (!parsed.ok) throw new Error(`Scenario "${p.id}" is not valid: ${parsed.errors.join('; ')}`);
  return parsed.scenario;
}

async function main(): Promise<void> {
  const stage = document.getElementById('stage')!;
  const loading = h('div', { class: 'loading', text: 'Building the health economy…' });
  stage.append(loading);

  const presets = await loadPresets();
  const { address, problems } = readAddress(
    location.search,
    presets.map((p) => p.id),
  );
  for (const m of problems) notify(m, 'error');

  const runner = new Runner();
  const view = new NetworkView(stage);
  view.onError = (m) => notify(m, 'error');
  // Drawing goes to a worker (OffscreenCanvas) when it can; `render=main` keeps it here.
  await view.init(new URLSearchParams(location.search).get('render') === 'main' ? 'main' : 'worker');
  mountLegend(stage);
  mountZoom(stage, view);
  let presetId: string | null = address.scenario;

  let selected: number | null = null;
  const selectListeners = new Set<(i: number | null) => void>();
  const select = (i: number | null): void => {
    selected = i;
    view.select(i);
    for (const cb of selectListeners) cb(i);
  };

  const restart = async (s: Scenario, id: string | null = s.id ?? null): Promise<void> => {
    hideCrash();
    presetId = id;
    select(null);
    view.resetView();
    await runner.start(s);
    toolbar.showScenario(presetId, s.scale, s.seed);
    writeAddress({
      scenario: presetId ?? s.id ?? DEFAULT_SCENARIO,
      scale: s.scale,
      seed: s.seed,
      ...(s.years !== presetYears && { years: s.years }),
    });
  };

  // The preset's own length; the address names the years only when they differ.
  let presetYears = 0;
  const withOverrides = (s: Scenario, scale: ScaleId | null, seed: number | null, years: number | null): Scenario => ({
    ...s,
    scale: scale ?? s.scale,
    seed: seed ?? s.seed,
    years: years ?? s.years,
  });

  const choosePreset = async (
    id: string,
    scale: ScaleId | null,
    seed: number | null,
    years: number | null = null,
  ): Promise<void> => {
    const p = presets.find((x) => x.id === id) ?? presets.find((x) => x.id === DEFAULT_SCENARIO)!;
    try {
      const s = await loadPreset(p);
      presetYears = s.years;
      await restart(withOverrides(s, scale, seed, years), p.id);
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), 'error');
    }
  };

  const toolbar = new Toolbar(document.getElementById('toolbar')!, runner, presets, {
    choosePreset: (id) =>
      void choosePreset(id, runner.scenario?.scale ?? DEFAULT_SCALE, null).then(() => runner.play()),
    chooseScale: (scale) =>
      runner.scenario && void restart({ ...runner.scenario, scale }, presetId).then(() => runner.play()),
    chooseSeed: (seed) =>
      runner.scenario && void restart({ ...runner.scenario, seed }, presetId).then(() => runner.play()),
    reset: () => runner.scenario && void restart(runner.scenario, presetId),
    reform: (r: RegimeId) =>
      void runner.reform(r).then(
        () => notify(`Reform applied: ${REGIMES[r].label}`),
        (e) => notify(`The reform could not be applied: ${e instanceof Error ? e.message : String(e)}`, 'error'),
      ),
  });

  runner.onError = (message) =>
    showCrash(stage, message, () => {
      if (runner.scenario) void restart(runner.scenario, presetId).then(() => runner.play());
    });
  runner.onCatalogue((c) => view.setCatalogue(c));
  runner.onFrame((f) => view.setFrame(f));

  mountTooltip(stage, view, runner, (i) => select(i));

  // Keyboard: Space plays/pauses unless typing; +/- zoom; arrows pan when the network has focus.
  stage.tabIndex = 0;
  window.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement | null;
    const typing = !!t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.code === 'Space' && !(t && t.tagName === 'BUTTON')) {
      e.preventDefault();
      if (runner.playing) runner.pause();
      else runner.play();
    } else if (e.key === '+' || e.key === '=') view.camera.zoomBy(1.25);
    else if (e.key === '-') view.camera.zoomBy(0.8);
    else if (e.key === '0') view.fit(300);
    else if (t === stage && e.key.startsWith('Arrow')) {
      e.preventDefault();
      const d = 60;
      view.camera.pan(
        e.key === 'ArrowLeft' ? d : e.key === 'ArrowRight' ? -d : 0,
        e.key === 'ArrowUp' ? d : e.key === 'ArrowDown' ? -d : 0,
      );
    } else if (e.key === 'Escape') select(null);
  });

  // The panels' view of the app.
  let filter: { kinds: NodeKind[]; areas: number[] } = { kinds: [], areas: [] };
  const apiProxy = new Proxy({} as UiContext['api'], {
    get:
      (_t, key: string) =>
      (...args: unknown[]) => {
        if (!runner.api) return Promise.reject(new Error('The simulation is not running'));
        const fn = (runner.api as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[key];
        return fn(...args);
      },
  });
  const ctx: UiContext = {
    api: apiProxy,
    onFrame: (cb) => runner.onFrame(cb),
    onCatalogue: (cb) => runner.onCatalogue(cb),
    current: () => ({ frame: runner.frame, catalogue: runner.catalogue, scenario: runner.scenario! }),
    select,
    onSelect: (cb) => {
      selectListeners.add(cb);
      return () => selectListeners.delete(cb);
    },
    restart: (s) => restart(s, s.id && presets.some((p) => p.id === s.id) ? s.id : null).then(() => runner.play()),
    setFilter: (f) => {
      filter = f;
      view.setFilter(f.kinds, f.areas);
    },
    focus: (i) => {
      view.focus(i);
    },
    notify,
  };

  // Read-only handle for tests and curious users.
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => {
    resolveReady = r;
  });
  const handle = {
    ready,
    nodes: (): { id: string; name: string; type: NodeKind; x: number; y: number; index: number; area: string }[] => {
      const cat = view.catalogue,
        f = view.frame;
      if (!cat || !f || f.nodeCount !== cat.nodes.length) return [];
      const rect = stage.getBoundingClientRect();
      const out = [];
      for (const n of cat.nodes) {
        // Only what a click can hit: drawn, active, not filtered out, inside the network's box.
        if (view.r[n.index] <= 0.05 || f.nodeFlags[n.index] & NODE_FLAG.inactive || !view.isVisible(n.index)) continue;
        const p = view.pagePosition(n.index);
        if (!p || p.x < rect.left || p.y < rect.top || p.x > rect.right || p.y > rect.bottom) continue;
        out.push({ id: n.id, name: n.name, type: n.kind, x: p.x, y: p.y, index: n.index, area: n.areaName });
      }
      return out;
    },
    frame: (): Frame | null => runner.frame,
    catalogue: (): Catalogue | null => runner.catalogue,
    scenario: (): Scenario | null => runner.scenario,
    selected: (): number | null => selected,
    filter: () => filter,
    playing: (): boolean => runner.playing,
    stats: () => ({
      ...view.stats,
      frameMs: view.stats.frameMs.slice(),
      updateMs: view.stats.updateMs.slice(),
      renderMs: view.stats.renderMs.slice(),
      ticks: runner.tickLog.slice(),
    }),
    /** The drawing thread's frame times and count (the render worker's when drawing there). */
    drawStats: () => view.drawStats(),
    renderMode: () => view.mode,
    setSpeed: (weeksPerSecond: number) => {
      runner.speed = weeksPerSecond;
      toolbar.speed.value = String(weeksPerSecond);
    },
    debugCrashWorker: () => runner.crash(),
    kinds: KIND_STYLE,
  };
  Object.defineProperty(window, 'quasimarket', { value: Object.freeze(handle), writable: false, configurable: false });

  await choosePreset(address.scenario, address.scale ?? DEFAULT_SCALE, address.seed, address.years);
  loading.remove();
  // Panels mount once a scenario is loaded, so current() always has one.
  const panels = panelModules['./ui/index.ts']?.mountPanels;
  const panelRoot = document.getElementById('panels')!;
  // `debug=no-panels` measures the network alone (render benchmark).
  if (panels && address.debug !== 'no-panels') panels(panelRoot, ctx);
  else panelRoot.textContent = 'Panels are not available in this build.';
  runner.play();
  // Ready once the first frame has been drawn and the view fitted.
  // (the drawing thread has placed the organisations, so nodes() has positions to click).
  const t0 = performance.now();
  const whenDrawn = (): void => {
    if (handle.nodes().length > 0 || performance.now() - t0 > 10_000) resolveReady();
    else requestAnimationFrame(whenDrawn);
  };
  requestAnimationFrame(whenDrawn);
  if (address.debug === 'worker-error') setTimeout(() => void runner.crash(), 500);
}

// Anything that escapes on the main thread is shown, not left in the console alone.
window.addEventListener('error', (e) => notify(`Something went wrong: ${e.message}`, 'error'));
window.addEventListener('unhandledrejection', (e) =>
  notify(`Something went wrong: ${e.reason instanceof Error ? e.reason.message : String(e.reason)}`, 'error'),
);

main().catch((e) => {
  console.error(e);
  const stage = document.getElementById('stage');
  if (stage)
    showCrash(stage, `The app could not start: ${e instanceof Error ? e.message : String(e)}`, () => location.reload());
});
