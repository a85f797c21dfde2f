// "Take this seat": a player takes an organisation's decisions (a commissioner or a provider;
// practices decide nothing the model asks a player), or hands them back to the model. Used by
// the inspector; a table row can call ctx.seats.take(code) the same way.
import type { NodeKind, UiContext } from '../engine/api';
import { h } from './dom';

export function seatButton(ctx: UiContext): {
  el: HTMLButtonElement;
  show(code: string | null, kind: NodeKind | null): void;
} {
  let code: string | null = null;
  const el = h('button', { type: 'button', class: 'qm-btn qm-seat', 'data-testid': 'take-seat', hidden: true });
  const sync = (): void => {
    const held = code !== null && ctx.seats.held().includes(code);
    el.textContent = held ? 'Hand back to the model' : 'Take this seat';
    el.title = held
      ? 'The model takes this organisation’s decisions again from this week'
      : 'You take this organisation’s decisions: the run holds at each one and asks you';
    el.setAttribute('aria-pressed', String(held));
    el.dataset.held = String(held);
  };
  el.addEventListener('click', async () => {
    if (code === null) return;
    const c = code;
    const held = ctx.seats.held().includes(c);
    el.disabled = true;
    try {
      await (held ? ctx.seats.handBack(c) : ctx.seats.take(c));
      ctx.notify(held ? `Handed ${c} back to the model.` : `You hold ${c}’s decisions from this week.`);
    } catch (e) {
      ctx.notify(
        `The seat could not be ${held ? 'handed back' : 'taken'}: ${e instanceof Error ? e.message : String(e)}`,
        'error',
      );
    } finally {
      el.disabled = false;
      sync();
    }
  });
  ctx.seats.onChange(sync);
  return {
    el,
    show(c, kind) {
      code = kind && kind !== 'practice' ? c : null;
      el.hidden = code === null;
      sync();
    },
  };
}
