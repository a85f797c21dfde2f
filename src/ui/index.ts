// The panels around the network: search, inspector, event feed, live charts, filters,
// parameters and scenario editing with undo/redo. The shell calls mountPanels once.
import 'uplot/dist/uPlot.min.css';
import './panels.css';
import type { Scenario, UiContext } from '../engine/api';
import type { SavedHistory } from './undo';
import { REGIMES } from '../model/index';
import { SeriesStore } from './series';
import { ScenarioEditor } from './editor';
import { createSearchBox } from './search-box';
import { createInspector } from './inspector';
import { createEventFeed } from './event-feed';
import { createChartsPanel } from './charts-panel';
import { createFilters } from './filters';
import { createParamsPanel } from './params-panel';
import { createScenarioPanel } from './scenario-panel';
import { createExperimentsPanel } from './experiments';
import { h, isTyping } from './dom';

/** What the shell keeps of the panels: the edits, to store them and take them back. */
export interface PanelsHandle {
  history(): SavedHistory<Scenario>;
  restoreHistory(saved: SavedHistory<Scenario>): boolean;
  onEdit(cb: () => void): void;
}

export function mountPanels(root: HTMLElement, ctx: UiContext): PanelsHandle {
  const store = new SeriesStore();
  const startYear = (): number => store.startYear || REGIMES[ctx.current().scenario?.regime]?.firstYear || 0;
  const editor = new ScenarioEditor(ctx);

  const inspector = createInspector(ctx, startYear);
  const feed = createEventFeed(ctx, startYear);
  const charts = createChartsPanel(store, () => ctx.current().scenario?.years ?? 10);

  const tabs: { id: string; label: string; help: string; el: () => HTMLElement }[] = [
    { id: 'events', label: 'Events', help: 'What is happening, in plain English', el: () => feed.el },
    { id: 'charts', label: 'Charts', help: 'Spending, transaction costs, disputes, trust', el: () => charts.el },
    { id: 'show', label: 'Show', help: 'Filter the network by type and area', el: () => createFilters(ctx) },
    {
      id: 'params',
      label: 'Parameters',
      help: 'Change the model’s assumptions live',
      el: () => createParamsPanel(editor),
    },
    {
      id: 'scenario',
      label: 'Scenario',
      help: 'Regime, scale, seed, years, reforms; save and load',
      el: () => createScenarioPanel(ctx, editor),
    },
    {
      id: 'experiments',
      label: 'Experiments',
      help: 'Ensembles and sweeps of this scenario, run in the browser',
      el: () => createExperimentsPanel(ctx, editor),
    },
  ];
  const tabButtons = tabs.map((t, i) =>
    h('button', {
      type: 'button',
      role: 'tab',
      id: `qm-tab-${t.id}`,
      class: 'qm-tab',
      'aria-controls': `qm-panel-${t.id}`,
      'aria-selected': String(i === 0),
      tabindex: i === 0 ? 0 : -1,
      title: t.help,
      text: t.label,
      'data-tab': t.id,
      onclick: () => selectTab(i),
    }),
  );
  const tabPanels = tabs.map((t, i) =>
    h(
      'div',
      {
        role: 'tabpanel',
        id: `qm-panel-${t.id}`,
        class: 'qm-tabpanel',
        'aria-labelledby': `qm-tab-${t.id}`,
        hidden: i !== 0,
        tabindex: 0,
      },
      t.el(),
    ),
  );
  function selectTab(i: number, focus = false): void {
    tabButtons.forEach((b, k) => {
      b.setAttribute('aria-selected', String(k === i));
      b.tabIndex = k === i ? 0 : -1;
    });
    tabPanels.forEach((p, k) => {
      p.hidden = k !== i;
    });
    if (focus) tabButtons[i].focus();
  }
  const tablist = h('div', { role: 'tablist', class: 'qm-tabs', 'aria-label': 'Panels' }, ...tabButtons);
  tablist.addEventListener('keydown', (e) => {
    const i = tabButtons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    const n = tabButtons.length;
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % n
        : e.key === 'ArrowLeft'
          ? (i - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : -1;
    if (next >= 0) {
      e.preventDefault();
      selectTab(next, true);
    }
  });

  const undo = h('button', { type: 'button', class: 'qm-btn', text: '↶ Undo', onclick: () => editor.undo() });
  const redo = h('button', { type: 'button', class: 'qm-btn', text: '↷ Redo', onclick: () => editor.redo() });
  const syncUndo = (): void => {
    const hst = editor.undoStack;
    undo.disabled = !hst.canUndo;
    redo.disabled = !hst.canRedo;
    undo.title = hst.undoLabel ? `Undo ${hst.undoLabel} (Ctrl+Z)` : 'Nothing to undo';
    redo.title = hst.redoLabel ? `Redo ${hst.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo';
    undo.setAttribute('aria-label', undo.title);
    redo.setAttribute('aria-label', redo.title);
  };
  editor.onChange(syncUndo);
  syncUndo();

  // Larger text for projected workshop rooms; remembered on this computer.
  const large = h('button', {
    type: 'button',
    class: 'qm-btn',
    text: 'A+',
    'aria-pressed': 'false',
    title: 'Larger text (for a projector)',
    'aria-label': 'Larger text',
    onclick: () => setLarge(!root.hasAttribute('data-qm-large')),
  });
  function setLarge(on: boolean): void {
    root.toggleAttribute('data-qm-large', on);
    large.setAttribute('aria-pressed', String(on));
    try {
      localStorage.setItem('quasimarket.largeText', on ? '1' : '0');
    } catch {
      /* private mode */
    }
    charts.rebuild();
    inspector.rebuild();
    window.dispatchEvent(new Event('resize'));
  }

  const panels = h('div', { class: 'qm-panels' });
  const collapse = h('button', {
    type: 'button',
    class: 'qm-icon qm-collapse',
    'aria-expanded': 'true',
    'aria-label': 'Hide the side panels',
    title: 'Hide or show the side panels',
    text: '⇥',
    onclick: () => {
      const collapsed = root.toggleAttribute('data-qm-collapsed');
      collapse.setAttribute('aria-expanded', String(!collapsed));
      collapse.setAttribute('aria-label', collapsed ? 'Show the side panels' : 'Hide the side panels');
      collapse.textContent = collapsed ? '⇤' : '⇥';
      // The network sizes itself to the window; tell it the space changed.
      window.dispatchEvent(new Event('resize'));
    },
  });
  panels.append(
    h(
      'div',
      { class: 'qm-head' },
      createSearchBox(ctx),
      h('div', { class: 'qm-head-row' }, undo, redo, large, collapse),
    ),
    inspector.el,
    tablist,
    ...tabPanels,
  );
  root.classList.add('qm-root');
  root.append(panels);
  let storedLarge = false;
  try {
    storedLarge = localStorage.getItem('quasimarket.largeText') === '1';
  } catch {
    /* private mode */
  }
  if (storedLarge) setLarge(true);

  // Frames: O(1) bookkeeping here; drawing happens later, throttled, in each panel.
  ctx.onFrame((f) => {
    const pushed = store.push(f);
    if (pushed === 'reset') feed.reset();
    else if (pushed === 'rewound') feed.rewind(f.tick);
    feed.push(f.events);
    charts.changed();
    inspector.frame();
  });
  let lastScenario = JSON.stringify(ctx.current().scenario);
  ctx.onCatalogue(() => {
    const s = JSON.stringify(ctx.current().scenario);
    if (s !== lastScenario) {
      lastScenario = s;
      store.reset();
      feed.reset();
      charts.changed();
    }
  });

  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
      // "/" jumps to the search box, as on many sites.
      e.preventDefault();
      root.querySelector<HTMLInputElement>('[data-testid=search]')?.focus();
      return;
    }
    if (!(e.ctrlKey || e.metaKey) || e.altKey || isTyping(e.target)) return;
    const k = e.key.toLowerCase();
    if (k === 'z' && !e.shiftKey) {
      e.preventDefault();
      editor.undo();
    } else if ((k === 'z' && e.shiftKey) || k === 'y') {
      e.preventDefault();
      editor.redo();
    }
  });
  return {
    history: () => editor.history(),
    restoreHistory: (saved) => editor.restoreHistory(saved),
    onEdit: (cb) => editor.onChange(cb),
  };
}
