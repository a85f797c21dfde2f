// The panels around the network: search, inspector, event feed, live charts, the
// organisation table, filters, parameters and scenario editing with undo/redo, and the
// headline monitors above the network. The shell calls mountPanels once.
import 'uplot/dist/uPlot.min.css';
import './panels.css';
import './classroom.css';
import type { Scenario, UiContext, YearMetrics } from '../engine/api';
import type { SavedHistory } from './undo';
import { REGIMES } from '../model/index';
import { SeriesStore } from './series';
import { ScenarioEditor } from './editor';
import { createInspector } from './inspector';
import { createEventFeed } from './event-feed';
import { createChartsPanel } from './charts-panel';
import { createFilters } from './filters';
import { createParamsPanel } from './params-panel';
import { createScenarioPanel } from './scenario-panel';
import { createRolePanel } from './role-panel';
import { createOrgTable } from './org-table';
import { createMonitors } from './monitors';
import { HeadlinesMode } from './headlines';
import { createTabs } from './tabs';
import { createPanelHead } from './panel-head';
import { download, eventsCsv, fileStem, tableCsv } from './exports';
import { createExperimentsPanel } from './experiments';
import { h, isTyping } from './dom';

/** What the shell keeps of the panels: the edits, the speed and the figures. */
export interface PanelsHandle {
  history(): SavedHistory<Scenario>;
  restoreHistory(saved: SavedHistory<Scenario>): boolean;
  onEdit(cb: () => void): void;
  /** The chosen speed (weeks a second, 0 = flat out): headlines are the default when fast. */
  setSpeed(weeksPerSecond: number): void;
  /** Parameter values a shared link's run has in force, shown as the values being edited. */
  adoptParams(params: Record<string, number>): void;
  /** The year rows received so far. */
  years(): readonly YearMetrics[];
  selectTab(id: string): void;
  editor: ScenarioEditor;
  /** Redraws charts and the inspector at a new text size (presenter mode). */
  rescale(): void;
}

export function mountPanels(root: HTMLElement, ctx: UiContext, monitorsHost: HTMLElement | null): PanelsHandle {
  const store = new SeriesStore();
  const startYear = (): number => store.startYear || REGIMES[ctx.current().scenario?.regime]?.firstYear || 0;
  const editor = new ScenarioEditor(ctx);
  const headlines = new HeadlinesMode();
  const stem = (): string => fileStem(ctx.current().scenario, ctx.current().frame?.tick ?? 0);
  const caption = (): string => {
    const { scenario: s, frame: f } = ctx.current();
    return `${s?.name ?? s?.id ?? s?.regime ?? 'Run'} · seed ${s?.seed} · ${f?.dateLabel ?? ''}`;
  };

  const inspector = createInspector(ctx, startYear, headlines);
  const feed = createEventFeed(ctx, startYear, headlines);
  const charts = createChartsPanel(store, {
    runYears: () => ctx.current().scenario?.years ?? 10,
    stem,
    caption,
    notify: ctx.notify,
  });
  const table = createOrgTable(ctx);
  const monitors = createMonitors(ctx, store);
  monitorsHost?.append(monitors.el);

  const csvButton = (testid: string, text: string, title: string, save: () => void): HTMLElement =>
    h(
      'div',
      { class: 'qm-row' },
      h('button', { type: 'button', class: 'qm-btn', 'data-testid': testid, text, title, onclick: save }),
    );
  const tabs = createTabs(
    [
      {
        id: 'events',
        label: 'Events',
        help: 'What is happening, in plain English',
        el: () =>
          h(
            'div',
            {},
            feed.el,
            csvButton(
              'export-events-csv',
              'These events (CSV)',
              'Save the events received so far, as filtered here, as CSV',
              () => download(`${stem()}-events.csv`, eventsCsv(feed.filtered(), startYear())),
            ),
          ),
      },
      { id: 'charts', label: 'Charts', help: 'Spending, transaction costs, disputes, trust', el: () => charts.el },
      {
        id: 'table',
        label: 'Table',
        help: 'Every organisation: sort and filter, click one to inspect it',
        el: () =>
          h(
            'div',
            {},
            table.el,
            csvButton(
              'export-table-csv',
              'This table (CSV)',
              'Save the organisations as filtered and sorted here, as CSV',
              () => download(`${stem()}-organisations.csv`, tableCsv(table.rows())),
            ),
          ),
      },
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
        id: 'play',
        label: 'Play',
        help: 'Play a role: take an organisation’s decisions, inject events, debrief',
        el: () => createRolePanel(ctx, editor),
      },
      {
        id: 'experiments',
        label: 'Experiments',
        help: 'Ensembles and sweeps of this scenario, run in the browser',
        el: () => createExperimentsPanel(ctx, editor),
      },
    ],
    'Panels',
  );

  const rescale = (): void => {
    charts.rebuild();
    inspector.rebuild();
    window.dispatchEvent(new Event('resize'));
  };
  const head = createPanelHead(root, ctx, editor, rescale);
  const panels = h('div', { class: 'qm-panels' }, head, inspector.el, tabs.list, ...tabs.panels);
  root.classList.add('qm-root');
  root.append(panels);

  // Frames: O(1) bookkeeping here; drawing happens later, throttled, in each panel.
  ctx.onFrame((f) => {
    const pushed = store.push(f);
    if (pushed === 'reset') feed.reset();
    else if (pushed === 'rewound') feed.rewind(f.tick);
    feed.push(f.events);
    charts.changed();
    monitors.changed();
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
      monitors.changed();
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
    setSpeed: (w) => headlines.setSpeed(w),
    adoptParams: (params) => editor.adoptParams(params),
    years: () => store.years,
    selectTab: (id) => tabs.select(id),
    editor,
    rescale,
  };
}
