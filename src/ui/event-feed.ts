// The event feed: what just happened, in plain English, newest first, coloured by kind of
// event. DOM work is batched: new items are prepended a few times a second, never per frame.
import { TONES, type FeedItem, type Tone, type UiContext } from '../engine/api';
import { TONE_CSS, TONE_STYLE } from '../render/palette';
import { FeedBuffer } from './feed-buffer';
import { h, throttle, whenVisible } from './dom';
import { tickLabel } from './format';
import { whyButton, whyLine } from './why';
import type { HeadlinesMode } from './headlines';

export interface FeedHandle {
  el: HTMLElement;
  push(items: readonly FeedItem[]): void;
  reset(): void;
  /** The events received, as the feed filters them (kinds shown, headlines): for export. */
  filtered(): FeedItem[];
  /** The run went back to `tick` (a rewind). */
  rewind(tick: number): void;
}

/** Events kept for export and for relisting when the view changes. */
const LOG_CAP = 20_000;

export function createEventFeed(
  ctx: UiContext,
  startYear: () => number,
  headlines: HeadlinesMode,
  cap = 300,
): FeedHandle {
  const buffer = new FeedBuffer(cap);
  const hidden = new Set<Tone>();
  // Every event received, and counts by kind over all of them (not only those listed).
  let log: FeedItem[] = [];
  const totals = Object.fromEntries(TONES.map((t) => [t, 0])) as Record<Tone, number>;
  const list = h('ol', { class: 'qm-feed-list', 'aria-label': 'Events, newest first' });
  const empty = h('p', { class: 'qm-help qm-feed-empty', text: 'Events appear here as the simulation runs.' });
  const skippedNote = h('p', { class: 'qm-help qm-feed-skipped', hidden: true });
  let skippedTotal = 0;
  const counts = new Map<Tone, HTMLElement>();
  const chips = TONES.map((t) => {
    const count = h('span', { class: 'qm-count', text: '0' });
    counts.set(t, count);
    const chip = h(
      'button',
      {
        type: 'button',
        class: 'qm-chip',
        'aria-pressed': 'true',
        'data-tone': t,
        css: { '--tone': TONE_CSS[t] },
        title: `Show or hide ${TONE_STYLE[t].label.toLowerCase()} (the number counts every such event in this run, listed or not)`,
        onclick: () => {
          if (hidden.has(t)) hidden.delete(t);
          else hidden.add(t);
          chip.setAttribute('aria-pressed', String(!hidden.has(t)));
          for (const li of list.children)
            if (li instanceof HTMLElement && li.dataset.tone === t) li.hidden = hidden.has(t);
        },
      },
      TONE_STYLE[t].label,
      ' ',
      count,
    );
    return chip;
  });

  const toggle = h('button', {
    type: 'button',
    class: 'qm-seg',
    'data-testid': 'headlines',
    title: 'Headlines leave out offers, counter-offers and bids, so decisions stay in view',
    onclick: () => headlines.choose(headlines.on ? 'all' : 'headlines'),
  });
  const syncToggle = (): void => {
    toggle.setAttribute('aria-pressed', String(headlines.on));
    toggle.textContent = 'Headlines only';
  };
  syncToggle();
  headlines.onChange(() => {
    syncToggle();
    relist();
  });
  const el = h(
    'div',
    { class: 'qm-feed', 'data-testid': 'event-feed' },
    toggle,
    h('div', { class: 'qm-chips', role: 'group', 'aria-label': 'Show events of these kinds' }, ...chips),
    empty,
    skippedNote,
    list,
  );

  const itemEl = (e: FeedItem): HTMLElement => {
    const tone = e.tone;
    const label = h('span', { class: 'qm-when', text: tickLabel(e.tick, startYear()) });
    const body: (Node | string)[] = [label, ' ', e.text];
    const why = whyLine(e);
    if (why) body.push(why);
    return h(
      'li',
      {
        class: 'qm-feed-item',
        css: { '--tone': TONE_CSS[tone] },
        'data-type': e.type,
        'data-tone': tone,
        'data-tick': e.tick,
        hidden: hidden.has(tone),
      },
      e.nodes.length
        ? h(
            'button',
            {
              type: 'button',
              class: 'qm-feed-btn',
              title: 'Select on the network',
              onclick: () => ctx.select(e.nodes[0]),
            },
            ...body,
          )
        : h('span', { class: 'qm-feed-btn' }, ...body),
      whyButton(ctx, e, startYear),
    );
  };

  let rebuild = false;
  // Back in view after being hidden: list the backlog in full (up to the cap).
  let catchUp = false;
  const isVisible = whenVisible(el, () => {
    catchUp = true;
    flush();
  });
  function flush(): void {
    if (!isVisible() && !rebuild) return;
    // At most 40 new lines per flush (four flushes a second): enough to read, cheap to lay out.
    const full = rebuild || catchUp;
    catchUp = false;
    const f = buffer.flush(full ? cap : 40);
    if (f.skipped && !full) {
      skippedTotal += f.skipped;
      skippedNote.hidden = false;
      skippedNote.textContent = `Showing a sample at this speed: ${skippedTotal.toLocaleString('en-GB')} events went by unlisted (each organisation's inspector lists its own).`;
    }
    if (rebuild) {
      list.replaceChildren(...buffer.items.map(itemEl));
      rebuild = false;
    } else if (f.added.length) {
      const frag = document.createDocumentFragment();
      for (const e of f.added) frag.append(itemEl(e));
      list.prepend(frag);
      for (let i = 0; i < f.dropped; i++) list.lastElementChild?.remove();
    } else return;
    empty.hidden = buffer.items.length > 0;
    for (const t of TONES) counts.get(t)!.textContent = totals[t].toLocaleString('en-GB');
  }
  const schedule = throttle(flush, 250);

  /** Lists the newest events again under the current view (headlines switched on or off). */
  function relist(): void {
    buffer.clear();
    buffer.add(log.filter((e) => headlines.shows(e.type)).slice(-cap));
    rebuild = true;
    schedule();
  }

  return {
    el,
    push(items) {
      if (!items.length) return;
      for (const e of items) totals[e.tone]++;
      log.push(...items);
      if (log.length > LOG_CAP * 1.25) log = log.slice(-LOG_CAP);
      const listed = items.filter((e) => headlines.shows(e.type));
      if (listed.length) buffer.add(listed);
      schedule();
    },
    reset() {
      buffer.clear();
      log = [];
      for (const t of TONES) totals[t] = 0;
      rebuild = true;
      skippedTotal = 0;
      skippedNote.hidden = true;
      schedule();
    },
    filtered: () => log.filter((e) => headlines.shows(e.type) && !hidden.has(e.tone)),
    rewind(tick) {
      buffer.rewind(tick);
      // What came after the week gone back to never happened in this run.
      log = log.filter((e) => e.tick <= tick);
      for (const t of TONES) totals[t] = 0;
      for (const e of log) totals[e.tone]++;
      // At once: nothing after the week gone back to stays on screen, even for a moment.
      rebuild = true;
      schedule.now();
    },
  };
}
