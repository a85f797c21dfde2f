// "Why?" on an event: what the decision compared (its own sentence), and a button that walks its
// causes back to the root — a tender awarded ← opened ← decided; an arbitration ← mediation
// failed ← deadline missed ← negotiation opened — each step with what it compared.
import type { FeedItem, UiContext } from '../engine/api';
import { TONE_CSS } from '../render/palette';
import { h } from './dom';
import { tickLabel } from './format';

/** The line under an event saying what the decision compared, if it records that. */
export function whyLine(e: FeedItem): HTMLElement | null {
  return e.why ? h('span', { class: 'qm-why-line', text: e.why }) : null;
}

/**
 * A "why?" button for an event with a cause or a reason; clicking it lists the chain below the
 * event (clicking again folds it).
 */
export function whyButton(ctx: UiContext, e: FeedItem, startYear: () => number): HTMLElement | null {
  if (e.cause === null && !e.why) return null;
  const box = h('ol', { class: 'qm-why-chain', 'data-testid': 'why-chain', hidden: true, 'aria-live': 'polite' });
  const button = h('button', {
    type: 'button',
    class: 'qm-why',
    'data-testid': 'why',
    'aria-expanded': 'false',
    title: 'Why? Walk this event back through what caused it',
    text: 'why?',
    onclick: async (ev: Event) => {
      ev.stopPropagation();
      const open = box.hidden;
      button.setAttribute('aria-expanded', String(open));
      box.hidden = !open;
      if (!open || box.childElementCount) return;
      try {
        const chain = await ctx.api.why(e.id);
        box.replaceChildren(
          ...chain
            .slice(1)
            .map((c) =>
              h(
                'li',
                { css: { '--tone': TONE_CSS[c.tone] } },
                h('span', { class: 'qm-when', text: tickLabel(c.tick, startYear()) }),
                ' ',
                c.text,
                c.why ? h('span', { class: 'qm-why-line', text: c.why }) : null,
              ),
            ),
          ...(chain.length <= 1
            ? [h('li', { class: 'qm-help', text: 'Nothing earlier led to it: the organisation decided this itself.' })]
            : []),
          ...(chain.length > 0 && chain.at(-1)!.cause !== null
            ? [h('li', { class: 'qm-help', text: 'Earlier causes are older than the events the app keeps.' })]
            : []),
        );
      } catch {
        box.replaceChildren(
          h('li', { class: 'qm-help', text: 'The run has moved on: its causes are no longer known.' }),
        );
      }
    },
  });
  return h('span', { class: 'qm-why-box' }, button, box);
}
