// The event feed: what just happened, in plain English, newest first, coloured by kind of
// event. DOM work is batched: new items are prepended a few times a second, never per frame.
import { TONES, type FeedItem, type Tone, type UiContext } from '../engine/api';
import { TONE_CSS, TONE_STYLE } from '../render/palette';
import { FeedBuffer } from './feed-buffer';
import { h, throttle, whenVisible } from './dom';
import { tickLabel } from './format';
import { whyButton, whyLine } from './why';

export interface FeedHandle {
  el: HTMLElement;
  push(items: readonly FeedItem[]): void;
  reset(): void;
  /** The run went back to `tick` (a rewind). */
  rewind(tick: number): void;
}

export function createEventFeed(ctx: UiContext, startYear: () => number, cap = 300): FeedHandle {
  const buffer = new FeedBuffer(cap);
  const hidden = new Set<Tone>();
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
        title: `Show or hide ${TONE_STYLE[t].label.toLowerCase()}`,
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

  const el = h(
    'div',
    { class: 'qm-feed', 'data-testid': 'event-feed' },
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
    const c = buffer.counts();
    for (const t of TONES) counts.get(t)!.textContent = String(c[t]);
  }
  const schedule = throttle(flush, 250);

  return {
    el,
    push(items) {
      if (items.length) {
        buffer.add(items);
        schedule();
      }
    },
    reset() {
      buffer.clear();
      rebuild = true;
      skippedTotal = 0;
      skippedNote.hidden = true;
      schedule();
    },
    rewind(tick) {
      buffer.rewind(tick);
      rebuild = true;
      schedule();
    },
  };
}
