// The app shell: reads the address, starts the simulation worker, draws the network and
// hands the panels (src/ui) a UiContext. The main thread never steps the model.
import './style.css';
import type { NetworkFilter, Scenario, UiContext } from './engine/api';
import { parseScenario, REGIMES, type RegimeId, type ScaleId } from './model/index';
import { NetworkView } from './render/network';
import { Runner } from './shell/runner';
import { Toolbar, type Preset } from './shell/toolbar';
import { mountLegend } from './shell/legend';
import { notify } from './shell/toasts';
import { DEFAULT_SCALE, DEFAULT_SCENARIO, readAddress, writeAddress } from './shell/url';
import { showCrash, hideCrash } from './shell/crash';
import { mountTooltip } from './shell/tooltip';
import { mountZoom } from './shell/zoom';
import { mountKeyboard } from './shell/keyboard';
import { exposePageHandle } from './shell/page-handle';
import { mountPanels } from './ui/index';
import { h } from './ui/dom';

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

  mountKeyboard(stage, view, runner, select);

  // The panels' view of the app.
  let filter: NetworkFilter = { kinds: null, areas: null };
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
      view.setFilter(f);
    },
    focus: (i) => {
      view.focus(i);
    },
    notify,
  };

  const handle = exposePageHandle({ stage, view, runner, toolbar, selected: () => selected, filter: () => filter });

  await choosePreset(address.scenario, address.scale ?? DEFAULT_SCALE, address.seed, address.years);
  loading.remove();
  // Panels mount once a scenario is loaded, so current() always has one. `debug=no-panels`
  // measures the network alone (render benchmark).
  if (address.debug !== 'no-panels') mountPanels(document.getElementById('panels')!, ctx);
  runner.play();
  handle.whenDrawn();
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
