// Headline monitors above the network: total spend, NHS trusts in deficit, waiting list,
// arbitrations and tenders, each with its change since last year. Redrawn at most twice a second.
import type { UiContext } from '../engine/api';
import type { SeriesStore } from './series';
import { monitorValues, type Monitor } from './monitor-values';
import { h, throttle } from './dom';

export function createMonitors(ctx: UiContext, store: SeriesStore): { el: HTMLElement; changed(): void } {
  const cells = new Map<Monitor['id'], { value: HTMLElement; change: HTMLElement; when: HTMLElement }>();
  const items = monitorValues(store, null).map((m) => {
    const value = h('span', { class: 'qm-mon-value' });
    const change = h('span', { class: 'qm-mon-change' });
    const when = h('span', { class: 'qm-mon-when' });
    cells.set(m.id, { value, change, when });
    // Year-end figures say which year; "this year" ones say so in their label.
    return h(
      'div',
      { class: 'qm-mon', 'data-monitor': m.id, role: 'group', 'aria-label': m.label },
      h('span', { class: 'qm-mon-label' }, m.label, when),
      value,
      change,
    );
  });
  const el = h(
    'section',
    { class: 'qm-monitors', 'data-testid': 'monitors', 'aria-label': 'Headline figures' },
    ...items,
  );
  const draw = (): void => {
    for (const m of monitorValues(store, ctx.current().frame)) {
      const c = cells.get(m.id)!;
      c.value.textContent = m.value;
      c.when.textContent = m.when.includes('so far') ? '' : ` ${m.when}`;
      c.when.parentElement!.title = `${m.label}, ${m.when}`;
      c.change.textContent = m.change;
      c.change.dataset.trend =
        m.raw === null || m.rawBefore === null
          ? ''
          : m.raw > m.rawBefore
            ? 'up'
            : m.raw < m.rawBefore
              ? 'down'
              : 'same';
      el.querySelector<HTMLElement>(`[data-monitor=${m.id}]`)!.dataset.value = m.raw === null ? '' : String(m.raw);
    }
  };
  draw();
  return { el, changed: throttle(draw, 500) };
}
