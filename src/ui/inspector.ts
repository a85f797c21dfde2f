// The inspector: one organisation's state, contracts, trust and finance history and recent
// events. It asks the worker for details when opened and refreshes at most twice a second.
import uPlot from 'uplot';
import type { EdgeState, Inspection, UiContext } from '../engine/api';
import { h, throttle } from './dom';
import { formatMillions, financialYearLabel, tickLabel } from './format';
import { trim } from '../engine/money';
import { KIND_CSS, KIND_STYLE, SERIES_CSS, TONE_CSS } from '../render/palette';
import { axisStyle, fontPx, lastOf } from './charts';
import { seatButton } from './seat-button';
import { whyButton, whyLine } from './why';
import type { HeadlinesMode } from './headlines';

const STATE_NAMES: Record<EdgeState, string> = {
  agreed: 'agreed',
  negotiating: 'negotiating',
  tendering: 'out to tender',
  alliance: 'alliance',
  dispute: 'in dispute',
  arbitration: 'at arbitration',
  membership: 'registered',
  referral: 'federation member',
  bid: 'bidding',
};

export interface InspectorHandle {
  el: HTMLElement;
  frame(): void;
  rebuild(): void;
}

export function createInspector(ctx: UiContext, startYear: () => number, headlines: HeadlinesMode): InspectorHandle {
  const title = h('h2', { class: 'qm-insp-title', id: 'qm-insp-title' });
  const sub = h('p', { class: 'qm-insp-sub' });
  const body = h('div', { class: 'qm-insp-body' });
  const seat = seatButton(ctx);
  const close = h('button', {
    type: 'button',
    class: 'qm-icon',
    'aria-label': 'Close inspector (Escape)',
    title: 'Close (Escape)',
    text: '✕',
    onclick: () => ctx.select(null),
  });
  const el = h(
    'section',
    { class: 'qm-inspector', 'data-testid': 'inspector', 'aria-labelledby': 'qm-insp-title', hidden: true },
    h('header', { class: 'qm-insp-head' }, h('div', {}, title, sub, seat.el), close),
    body,
  );

  let current: number | null = null;
  let inFlight = false;
  let chart: uPlot | null = null;
  let historyKey = '';

  async function load(): Promise<void> {
    if (current === null || inFlight) return;
    const index = current;
    inFlight = true;
    try {
      const info = await ctx.api.inspect(index);
      if (index === current) render(info);
    } catch (e) {
      if (index === current)
        body.replaceChildren(
          h('p', {
            class: 'qm-error',
            text: `Could not read this organisation: ${e instanceof Error ? e.message : String(e)}`,
          }),
        );
    } finally {
      inFlight = false;
    }
  }
  const refresh = throttle(() => {
    void load();
  }, 500);

  function open(index: number | null): void {
    if (index === current) return;
    current = index;
    chart?.destroy();
    chart = null;
    historyKey = '';
    if (index === null) {
      el.hidden = true;
      el.removeAttribute('data-index');
      return;
    }
    el.hidden = false;
    el.dataset.index = String(index);
    const node = ctx.current().catalogue?.nodes[index];
    title.textContent = node?.name ?? '…';
    sub.textContent = node ? `${KIND_STYLE[node.kind].label} · ${node.id} · ${node.areaName}` : '';
    seat.show(node?.id ?? null, node?.kind ?? null);
    body.replaceChildren(h('p', { class: 'qm-help', text: 'Loading…' }));
    refresh.now();
  }

  function render(info: Inspection | null): void {
    if (!info) {
      chart?.destroy();
      chart = null;
      historyKey = '';
      body.replaceChildren(h('p', { class: 'qm-help', text: 'This organisation is no longer in the simulation.' }));
      return;
    }
    el.dataset.nodeId = info.id;
    el.style.setProperty('--kind', KIND_CSS[info.kind]);
    title.textContent = info.name;
    sub.textContent = `${KIND_STYLE[info.kind].label} · ${info.id} · ${info.areaName}`;
    seat.show(info.id, info.kind);

    const facts = h('dl', { class: 'qm-facts' });
    for (const [k, v] of info.facts) facts.append(h('dt', { text: k }), h('dd', { text: v }));

    const sorted = info.contracts.slice().sort((a, b) => b.valueM - a.valueM);
    const shown = sorted.slice(0, 25);
    const contracts =
      shown.length === 0
        ? h('p', { class: 'qm-help', text: 'No live contracts.' })
        : h(
            'table',
            { class: 'qm-contracts' },
            h('caption', { class: 'qm-sr', text: 'Contracts' }),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ...['With', 'Value', 'Payment', 'State', 'Trust'].map((t) => h('th', { scope: 'col', text: t })),
              ),
            ),
            h(
              'tbody',
              {},
              ...shown.map((c) =>
                h(
                  'tr',
                  {},
                  h(
                    'td',
                    {},
                    c.counterpartIndex >= 0
                      ? h('button', {
                          type: 'button',
                          class: 'qm-link',
                          text: c.counterpart,
                          title: `Inspect ${c.counterpart}`,
                          onclick: () => ctx.select(c.counterpartIndex),
                        })
                      : c.counterpart,
                  ),
                  h('td', { class: 'qm-num', text: c.state === 'membership' ? '–' : formatMillions(c.valueM) }),
                  h('td', { text: c.form }),
                  h('td', { 'data-state': c.state, text: STATE_NAMES[c.state] }),
                  h('td', { class: 'qm-num' }, trustBar(c.trust)),
                ),
              ),
            ),
          );
    const more =
      sorted.length > shown.length
        ? h('p', { class: 'qm-help', text: `and ${sorted.length - shown.length} smaller contracts` })
        : null;

    // Headlines leave the bargaining steps out here too, so the decisions stay in view.
    const recent = info.recentEvents.filter((e) => headlines.shows(e.type));
    const events =
      recent.length === 0
        ? h('p', { class: 'qm-help', text: 'Nothing has happened to it yet.' })
        : h(
            'ul',
            { class: 'qm-insp-events' },
            ...recent.map((e) =>
              h(
                'li',
                { css: { '--tone': TONE_CSS[e.tone] } },
                h('span', { class: 'qm-when', text: tickLabel(e.tick, startYear()) }),
                ' ',
                e.text,
                whyLine(e),
                whyButton(ctx, e, startYear),
              ),
            ),
          );

    // Keep the history chart when the history has not changed (it changes once a year).
    const key = JSON.stringify(info.history);
    const histBox = key === historyKey && chart ? chart.root.parentElement! : historyChart(info);
    historyKey = key;

    // Replace in place, keeping the scroll position.
    const scroll = body.scrollTop;
    body.replaceChildren(
      facts,
      h('h3', { text: `Contracts (${info.contracts.length})` }),
      contracts,
      more ?? '',
      h('h3', { text: 'Trust and finances by year' }),
      histBox,
      h('h3', { text: 'Recent events' }),
      events,
    );
    body.scrollTop = scroll;
  }

  function historyChart(info: Inspection): HTMLElement {
    chart?.destroy();
    chart = null;
    const box = h('div', { class: 'qm-insp-history' });
    const hist = info.history;
    if (hist.length === 0) {
      box.append(h('p', { class: 'qm-help', text: 'History appears at the end of the first year.' }));
      return box;
    }
    const x = hist.map((r) => startYear() + r.year - 1);
    const money: { label: string; colour: string; data: (number | null)[] }[] = [];
    const has = (k: 'surplusM' | 'cashM' | 'balanceM') => hist.some((r) => r[k] !== null);
    if (has('surplusM'))
      money.push({ label: 'Surplus', colour: SERIES_CSS.surplus, data: hist.map((r) => r.surplusM) });
    if (has('cashM')) money.push({ label: 'Cash', colour: SERIES_CSS.cash, data: hist.map((r) => r.cashM) });
    if (has('balanceM'))
      money.push({ label: 'Balance', colour: SERIES_CSS.balance, data: hist.map((r) => r.balanceM) });
    const px = fontPx(el);
    const axis = axisStyle(px);
    // Created once the box is in the page (uPlot needs a width).
    requestAnimationFrame(() => {
      if (!box.isConnected) return;
      chart = new uPlot(
        {
          width: Math.max(220, box.clientWidth),
          height: Math.round(px * 9),
          scales: {
            x: { time: false, range: (_u, lo, hi) => [lo - 0.5, hi + 0.5] },
            t: { range: [0, 1] },
            m: { range: (_u, lo, hi) => [Math.min(0, lo * 1.1), Math.max(0, hi * 1.1) || 1] },
          },
          axes: [
            {
              ...axis,
              incrs: [1, 2, 5, 10],
              values: (_u, s) => s.map((v) => (Number.isInteger(v) ? financialYearLabel(v).slice(2) : '')),
            },
            { ...axis, scale: 't', size: Math.round(px * 2.5), values: (_u, s) => s.map((v) => trim(v, 1)) },
            {
              ...axis,
              scale: 'm',
              side: 1,
              size: Math.round(px * 4),
              grid: { show: false },
              values: (_u, s) => s.map((v) => formatMillions(v)),
            },
          ],
          series: [
            {
              label: 'Year',
              value: (u, v, _s, di) => {
                const y = di == null ? lastOf(u.data[0]) : v;
                return y == null ? '–' : financialYearLabel(y);
              },
            },
            {
              label: 'Trust',
              scale: 't',
              stroke: SERIES_CSS.trust,
              width: 2,
              points: { show: true, size: 6 },
              value: (u, v, si, di) => {
                const t = di == null ? lastOf(u.data[si]) : v;
                return t == null ? '–' : trim(t, 2);
              },
            },
            ...money.map((m) => ({
              label: m.label,
              scale: 'm',
              stroke: m.colour,
              width: 2,
              dash: m.label === 'Cash' ? [6, 4] : undefined,
              points: { show: true, size: 6 },
              value: (u: uPlot, v: number | null, si: number, di: number | null) => {
                const x = di == null ? lastOf(u.data[si]) : v;
                return x == null ? '–' : formatMillions(x);
              },
            })),
          ],
          cursor: { drag: { x: false, y: false } },
        },
        [x, hist.map((r) => r.trust), ...money.map((m) => m.data)],
        box,
      );
    });
    return box;
  }

  ctx.onSelect((index) => open(index));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && current !== null && !e.defaultPrevented) ctx.select(null);
  });
  return {
    el,
    frame: () => {
      if (current !== null) refresh();
    },
    rebuild: () => {
      historyKey = '';
      if (current !== null) refresh.now();
    },
  };
}

function trustBar(trust: number): HTMLElement {
  if (!Number.isFinite(trust)) return h('span', { text: '–' });
  return h(
    'span',
    { class: 'qm-trust', title: `Trust ${trim(trust, 2)} (0 = none, 1 = complete)` },
    h('span', { class: 'qm-trust-bar', css: { '--v': Math.max(0, Math.min(1, trust)) } }),
    trim(trust, 2),
  );
}
