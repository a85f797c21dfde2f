// The app shell: reads the address, starts the simulation worker, draws the network and
// hands the panels (src/ui) a UiContext. The main thread never steps the model.
// First: CSP violations reported; zod's jitless mode, before any module builds a schema.
import './shell/csp-report';
import './shell/zod-jitless';
import './style.css';
import type { NetworkFilter, Scenario, UiContext } from './engine/api';
import { REGIMES, type RegimeId } from './model/index';
import { NetworkView } from './render/network';
import { Runner } from './shell/runner';
import { Toolbar } from './shell/toolbar';
import { mountLegend } from './shell/legend';
import { notify } from './shell/toasts';
import { DEFAULT_SCALE, DEFAULT_SCENARIO, readAddress, STORY_PRESETS } from './shell/url';
import { showCrash } from './shell/crash';
import { mountTooltip } from './shell/tooltip';
import { mountZoom } from './shell/zoom';
import { mountAbout } from './shell/about';
import { mountKeyboard } from './shell/keyboard';
import { exposePageHandle } from './shell/page-handle';
import { areaFor, loadPresets } from './shell/presets';
import { RunControl } from './shell/run-control';
import { decodeRun } from './shell/run-codec';
import { reportDrawingFault } from './shell/faults';
import { mountPersistence } from './shell/persistence';
import { registerServiceWorker } from './shell/offline';
import { errorText } from './shell/text';
import { mountPanels, type PanelsHandle } from './ui/index';
import { mountClassroom } from './shell/classroom';
import { mountTimeline } from './shell/timeline-bar';
import { Compare } from './shell/compare';
import { h } from './ui/dom';
import { RoleDesk } from './shell/role-desk';
import { readRoomLink } from './shell/room-link';
import { hostRoom } from './shell/room-host';
import { joinRoom } from './shell/room-player';
import { openDebrief } from './ui/debrief-view';
import type { Answer, Inject, SavedRole } from './engine/api';

async function main(): Promise<void> {
  // Room mode: a player's screen runs no simulation (the facilitator's does).
  const room = readRoomLink(location.search);
  if (room.problem) notify(room.problem, 'error');
  if (room.link && !room.link.host) return joinRoom(room.link);
  const stage = document.getElementById('stage')!;
  const loading = h('div', { class: 'loading', text: 'Building the health economy…' });
  stage.append(loading);
  registerServiceWorker();

  const presets = await loadPresets();
  const { address, problems } = readAddress(
    location.search,
    presets.map((p) => p.id),
  );
  for (const m of problems) notify(m, 'error');

  const runner = new Runner();
  const control = new RunControl(runner, presets);
  const view = new NetworkView(stage);
  view.onFault = reportDrawingFault;
  // Drawing goes to a worker (OffscreenCanvas) when it can; `render=main` keeps it here.
  await view.init(new URLSearchParams(location.search).get('render') === 'main' ? 'main' : 'worker');
  const legend = mountLegend(stage);
  mountZoom(stage, view);
  const monitorsHost = document.createElement('div');
  monitorsHost.className = 'monitors-host';
  document.getElementById('toolbar')!.after(monitorsHost);

  let panels: PanelsHandle | null = null;
  let selected: number | null = null;
  const selectListeners = new Set<(i: number | null) => void>();
  const select = (i: number | null): void => {
    selected = i;
    view.select(i);
    for (const cb of selectListeners) cb(i);
  };
  // A new run replaces the old: nothing selected, and its first frame fits the view.
  runner.onSwap = () => {
    select(null);
    view.resetView();
  };

  const toolbar = new Toolbar(document.getElementById('toolbar')!, runner, presets, {
    choosePreset: (id) => {
      const scale = runner.scenario?.scale ?? DEFAULT_SCALE;
      void control
        .choosePreset(id, { scale, area: areaFor(scale, runner.scenario?.area) ?? null })
        .then((ok) => ok && runner.play());
    },
    chooseScale: (scale) => void control.vary({ scale }).then((ok) => ok && runner.play()),
    chooseSeed: (seed) => void control.vary({ seed }).then((ok) => ok && runner.play()),
    // The run again from its first week, with the parameters the panel shows in force from the start.
    reset: () => void control.resetWith(panels?.editor.scenario.params ?? runner.scenario?.params ?? {}),
    reform: (r: RegimeId) =>
      runner.frame?.regime === r
        ? notify(`${REGIMES[r].label} is already in force: nothing changed.`)
        : void runner.reform(r).then(
            () => notify(`Reform applied: ${REGIMES[r].label}`),
            (e) => notify(`The reform could not be applied: ${errorText(e)}`, 'error'),
          ),
  });
  mountAbout(document.getElementById('toolbar')!, stage, (cb) => runner.onCatalogue(cb));
  control.onStarted = () => {
    const s = runner.scenario;
    if (s) toolbar.showScenario(control.origin.presetId, s.scale, s.seed);
  };

  runner.onError = (message) =>
    showCrash(stage, message, () => control.restart('The restarted run').then((ok) => ok && (runner.play(), true)));
  runner.onCatalogue((c) => view.setCatalogue(c));
  runner.onFrame((f) => view.setFrame(f));

  // Play a role: seats, decision cards (the run holds for them) and the debrief.
  const desk = new RoleDesk(runner);

  mountTooltip(stage, view, runner, (i) => select(i));
  mountKeyboard(stage, view, runner, select);

  // The panels' view of the app. Live changes go through the runner, which journals them.
  let filter: NetworkFilter = { kinds: null, areas: null };
  const apiProxy = new Proxy({} as UiContext['api'], {
    get:
      (_t, key: string) =>
      (...args: unknown[]) => {
        if (key === 'setParam') return runner.setParam(args[0] as string, args[1] as number);
        if (key === 'reform') return runner.reform(args[0] as RegimeId);
        if (key === 'seat') return runner.seat(args[0] as string, args[1] as boolean);
        if (key === 'inject') return runner.inject(args[0] as Inject);
        if (key === 'answer') return desk.answer(args[0] as string, args[1] as Answer);
        if (key === 'replay') return runner.replay(args[0] as SavedRole);
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
    // The editor has checked the scenario; a start that fails has said why and rejects.
    restart: async (s: Scenario) => {
      const ok = await control.start(s, await control.originOf(s.id), 'The edited scenario');
      if (!ok) throw new Error('The edited scenario did not start');
      runner.play();
    },
    setFilter: (f) => {
      filter = f;
      view.setFilter(f);
    },
    focus: (i) => {
      view.focus(i);
    },
    focusArea: (a) => {
      view.focusArea(a);
    },
    notify,
    seats: desk,
  };
  desk.onFinished = () => void openDebrief(ctx);
  if (room.link?.host) hostRoom(room.link, runner, desk);

  const timeline = mountTimeline(document.getElementById('timeline-host')!, runner);
  const compare = new Compare(
    runner,
    control,
    presets,
    {
      stageA: stage,
      stageB: document.getElementById('stage-b')!,
      charts: document.getElementById('compare-host')!,
      controlHost: timeline.el,
    },
    view.mode,
    () => view.resetView(),
  );
  // A new run on screen ends any comparison with the old one.
  const swapped = runner.onSwap;
  runner.onSwap = () => {
    swapped();
    compare.stop();
    desk.reset();
  };
  const handle = exposePageHandle({
    stage,
    view,
    runner,
    toolbar,
    compare,
    selected: () => selected,
    filter: () => filter,
  });

  await startFromAddress(control, address);
  loading.remove();
  if (!runner.scenario) throw new Error('no scenario could be started');
  // Panels mount once a scenario is loaded, so current() always has one. `debug=no-panels`
  // measures the network alone (render benchmark).
  if (address.debug !== 'no-panels') panels = mountPanels(document.getElementById('panels')!, ctx, monitorsHost);
  // A story from the address opens paused at its chapter; anything else plays at once.
  if (address.story === null) runner.play();
  mountClassroom({ stage, view, runner, toolbar, legend, panels, control, select }, address);
  handle.whenDrawn();
  mountPersistence(stage, runner, control, panels);
  if (address.debug === 'worker-error') setTimeout(() => void runner.crash(), 500);
}

/** The run the address names; anything bad in it is named and the nearest good run starts. */
async function startFromAddress(control: RunControl, address: ReturnType<typeof readAddress>['address']) {
  if (address.run !== null) {
    const d = await decodeRun(address.run);
    if (d.ok) {
      const origin = await control.originOf(d.run.scenario.id);
      if (await control.start(d.run.scenario, origin, 'The run in the address', { journal: d.run.journal })) return;
    } else notify(d.message, 'error');
  }
  if (address.edited)
    notify(
      `This link was made from an edited run too large to carry in a link; showing "${address.scenario}" as it starts.`,
      'error',
    );
  const o = { scale: address.scale, area: address.area, seed: address.seed, years: address.years };
  // `story=history` with no scenario named tells the history run.
  const storyPreset = address.story !== null && !address.namedScenario ? STORY_PRESETS[address.story] : undefined;
  if (storyPreset && (await control.choosePreset(storyPreset, o))) return;
  if (await control.choosePreset(address.scenario, o)) return;
  // An area the scale cannot have (the message has said why): the rest of the address still counts.
  if (o.area !== null && (await control.choosePreset(address.scenario, { ...o, area: null }))) return;
  if ((o.scale !== null || o.seed !== null || o.years !== null) && (await control.choosePreset(address.scenario, {})))
    return;
  if (address.scenario !== DEFAULT_SCENARIO) await control.choosePreset(DEFAULT_SCENARIO, {});
}

// Anything that escapes on the main thread is shown (bounded, once), not left in the console.
window.addEventListener('error', (e) => notify(`Something went wrong: ${errorText(e.message)}`, 'error'));
window.addEventListener('unhandledrejection', (e) => notify(`Something went wrong: ${errorText(e.reason)}`, 'error'));

main().catch((e) => {
  console.error(e);
  const stage = document.getElementById('stage');
  if (stage)
    showCrash(stage, `The app could not start: ${errorText(e)}`, () => {
      location.reload();
      return Promise.resolve(true);
    });
});
