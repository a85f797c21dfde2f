// The debrief dialog: the held organisations against the model's own run, the turning points
// and the injects, with PNG and PDF exports. Opened on demand (Play tab) or at the end of a run
// in which seats were held.
import './role.css';
import type { DecisionRequest, UiContext } from '../engine/api';
import { REGIMES } from '../model/index';
import { h } from './dom';
import { nameLookup } from './decision-words';
import { debriefReport, type DebriefReport } from './debrief-report';
import { debriefPdf, debriefPng, download } from './debrief-export';
import { startYearOf } from './format';

/** Decision cards shown in this run, by key (the debrief names the other side from them). */
export const cardsSeen = new Map<string, DecisionRequest>();

let open: HTMLDialogElement | null = null;

export async function openDebrief(ctx: UiContext): Promise<void> {
  const { frame, catalogue, scenario } = ctx.current();
  let report: DebriefReport;
  try {
    const [d, ivs] = await Promise.all([ctx.api.debrief(), ctx.api.interventions()]);
    const startYear = frame ? startYearOf(frame) : (scenario.startYear ?? REGIMES[scenario.regime].firstYear);
    const name = scenario.name ?? scenario.id ?? REGIMES[scenario.regime].label;
    report = debriefReport(d, ivs, nameLookup(catalogue?.nodes), startYear, { name, seed: scenario.seed }, cardsSeen);
  } catch (e) {
    ctx.notify(`The debrief could not be made: ${e instanceof Error ? e.message : String(e)}`, 'error');
    return;
  }
  open?.close();
  const file = `quasimarket-debrief-seed${scenario.seed}-week${frame?.tick ?? 0}`;
  const exportAs = (kind: 'png' | 'pdf') => async () => {
    try {
      download(await (kind === 'png' ? debriefPng(report) : debriefPdf(report)), `${file}.${kind}`);
    } catch (e) {
      ctx.notify(`The ${kind.toUpperCase()} could not be made: ${e instanceof Error ? e.message : String(e)}`, 'error');
    }
  };
  const dialog = h(
    'dialog',
    { class: 'qm-debrief', 'data-testid': 'debrief', 'aria-labelledby': 'qm-debrief-title' },
    h('h2', { id: 'qm-debrief-title', text: report.title }),
    h('p', { class: 'qm-help', text: report.subtitle }),
    // A card waiting means its week is still being played: its answers count once it is complete.
    frame?.decision
      ? h('p', { class: 'qm-help', text: 'This week is still being decided: its answers count once it is complete.' })
      : null,
    h('p', { class: 'qm-diff', 'data-testid': 'debrief-headline', text: report.headline }),
    ...(report.organisations.length
      ? report.organisations.flatMap((o) => [h('h3', { text: o.heading }), table(o.rows)])
      : [h('p', { class: 'qm-help', text: 'No organisation is held. Take a seat from the inspector to play one.' })]),
    h('h3', { text: 'Turning points' }),
    report.turningPoints.length
      ? h(
          'ol',
          { 'data-testid': 'turning-points' },
          ...report.turningPoints.map((t) => h('li', { text: t.text, 'data-first': t.first })),
        )
      : h('p', { class: 'qm-help', text: 'None: every answer was the model’s suggestion.' }),
    report.injects.length ? h('h3', { text: 'The facilitator’s injects' }) : null,
    report.injects.length ? h('ul', {}, ...report.injects.map((s) => h('li', { text: s }))) : null,
    h(
      'div',
      { class: 'qm-debrief-actions' },
      h('button', {
        type: 'button',
        class: 'qm-btn',
        'data-testid': 'debrief-png',
        text: 'Save as PNG',
        onclick: exportAs('png'),
      }),
      h('button', {
        type: 'button',
        class: 'qm-btn',
        'data-testid': 'debrief-pdf',
        text: 'Save as PDF',
        onclick: exportAs('pdf'),
      }),
      h('button', { type: 'button', class: 'qm-btn qm-primary', text: 'Close', onclick: () => dialog.close() }),
    ),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (open === dialog) open = null;
  });
  document.body.append(dialog);
  open = dialog;
  dialog.showModal();
}

function table(rows: DebriefReport['organisations'][number]['rows']): HTMLElement {
  return h(
    'table',
    {},
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', text: 'Measure' }),
        h('th', { scope: 'col', class: 'qm-num', text: 'Played' }),
        h('th', { scope: 'col', class: 'qm-num', text: 'Model’s own run' }),
        h('th', { scope: 'col', class: 'qm-num', text: 'Difference' }),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((r) =>
        h(
          'tr',
          { class: r.differs ? 'qm-diff' : null },
          h('th', { scope: 'row', text: r.measure }),
          h('td', { class: 'qm-num', text: r.player }),
          h('td', { class: 'qm-num', text: r.model }),
          h('td', { class: 'qm-num', text: r.change }),
        ),
      ),
    ),
  );
}
