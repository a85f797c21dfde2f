// "Restore where you were?": shown above the messages over the network after a reload when a
// session was kept, until the person answers. The run from the address goes on meanwhile.
import { REGIMES } from '../model/index';
import { h } from '../ui/dom';
import type { SavedSession } from './session-store';
import { bounded } from './text';
import { messageHost } from './toasts';

/** One line saying what would come back. */
export function describeSession(s: SavedSession): string {
  const name = s.scenario.name ?? REGIMES[s.scenario.regime].label;
  const year = Math.floor(s.tick / 52) + 1;
  const edits = s.edits ? s.edits.past.length : 0;
  const parts = [
    `${name}, ${s.scenario.scale} scale, seed ${s.scenario.seed}`,
    `week ${s.tick} (year ${Math.min(year, s.scenario.years)} of ${s.scenario.years})`,
  ];
  if (s.journal.length) parts.push(`${s.journal.length} live change${s.journal.length === 1 ? '' : 's'}`);
  if (edits) parts.push(`${edits} edit${edits === 1 ? '' : 's'} to undo`);
  return bounded(parts.join(' · '));
}

/** Asks, at the top of the messages (so none covers it); resolves true for Restore, false for Start fresh. */
export function offerRestore(s: SavedSession): Promise<boolean> {
  return new Promise((resolve) => {
    const answer = (yes: boolean): void => {
      box.remove();
      resolve(yes);
    };
    const restore = h('button', {
      type: 'button',
      class: 'primary',
      'data-testid': 'restore-accept',
      text: 'Restore',
      onclick: () => answer(true),
    });
    const fresh = h('button', {
      type: 'button',
      'data-testid': 'restore-decline',
      text: 'Start fresh',
      onclick: () => answer(false),
    });
    const box = h(
      'div',
      { class: 'offer', role: 'dialog', 'aria-labelledby': 'offer-title', 'data-testid': 'restore-offer' },
      h('h2', { id: 'offer-title', text: 'Restore where you were?' }),
      h('p', { text: describeSession(s) }),
      h('div', { class: 'buttons' }, restore, fresh),
    );
    const host = messageHost();
    if (!host) return resolve(false);
    host.prepend(box);
    restore.focus();
  });
}
