// The Play tab: the seats players hold (hand one back), the time limit on decision cards, the
// debrief, saving a played run (scenario, what was done and every answer) and replaying one,
// and the facilitator's injects.
import type { SavedRole, UiContext } from '../engine/api';
import type { ScenarioEditor } from './editor';
import { h } from './dom';
import { timeLimitField } from './card-time-limit';
import { openDebrief } from './debrief-view';
import { download } from './debrief-export';
import { createInjectPanel } from './inject-panel';
import { nameLookup } from './decision-words';

export function createRolePanel(ctx: UiContext, editor: ScenarioEditor): HTMLElement {
  const seats = h('ul', { class: 'qm-seats', 'data-testid': 'seats-held' });
  const syncSeats = (): void => {
    const nameOf = nameLookup(ctx.current().catalogue?.nodes);
    const held = ctx.seats.held();
    seats.replaceChildren(
      ...held.map((code) =>
        h(
          'li',
          { 'data-code': code },
          `${nameOf(code)} (${code}) `,
          h('button', {
            type: 'button',
            class: 'qm-btn',
            text: 'Hand back',
            onclick: () =>
              ctx.seats
                .handBack(code)
                .catch((e: unknown) => ctx.notify(`Could not hand back ${code}: ${String(e)}`, 'error')),
          }),
        ),
      ),
    );
    if (!held.length)
      seats.append(
        h('li', {
          class: 'qm-help',
          text: 'None. Open a commissioner or a provider (click it, or search) and press “Take this seat”.',
        }),
      );
  };
  ctx.seats.onChange(syncSeats);
  ctx.onCatalogue(syncSeats);

  const file = h('input', {
    type: 'file',
    accept: '.json,application/json',
    class: 'qm-sr',
    tabindex: -1,
    'data-testid': 'replay-file',
  });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (!chosen) return;
    const saved = readPlayedRun(await chosen.text());
    if (typeof saved === 'string')
      return ctx.notify(`“${chosen.name}” was not replayed: ${saved} The run goes on.`, 'error');
    try {
      await ctx.api.replay(saved);
      ctx.notify(`Replaying “${chosen.name}”: ${saved.decisions.length} decisions, from the first week. Press Play.`);
    } catch (e) {
      ctx.notify(
        `“${chosen.name}” was not replayed: ${e instanceof Error ? e.message : String(e)}. The run goes on.`,
        'error',
      );
    }
  });
  const save = async (): Promise<void> => {
    try {
      const [interventions, decisions] = await Promise.all([ctx.api.interventions(), ctx.api.decisionLog()]);
      const { scenario, frame } = ctx.current();
      const saved: SavedRole = { scenario, interventions, decisions };
      const name = `quasimarket-played-seed${scenario.seed}-week${frame?.tick ?? 0}.json`;
      download(new Blob([JSON.stringify(saved, null, 2) + '\n'], { type: 'application/json' }), name);
    } catch (e) {
      ctx.notify(`The played run could not be saved: ${e instanceof Error ? e.message : String(e)}`, 'error');
    }
  };

  syncSeats();
  return h(
    'div',
    { class: 'qm-role' },
    h('p', {
      class: 'qm-help',
      text: 'Take an organisation’s decisions: the run holds at each one and a card asks you, with what the model’s agent knows and what it would do.',
    }),
    h('h3', { text: 'Seats held' }),
    seats,
    timeLimitField(),
    h(
      'div',
      { class: 'qm-row' },
      h('button', {
        type: 'button',
        class: 'qm-btn qm-primary',
        'data-testid': 'open-debrief',
        text: 'Debrief',
        onclick: () => void openDebrief(ctx),
      }),
      h('button', {
        type: 'button',
        class: 'qm-btn',
        'data-testid': 'save-played',
        text: 'Save played run',
        onclick: () => void save(),
        title: 'Scenario, seats, injects and every answer, as JSON: enough to replay the run',
      }),
      h('button', {
        type: 'button',
        class: 'qm-btn',
        'data-testid': 'replay-played',
        text: 'Replay a played run…',
        onclick: () => file.click(),
      }),
      file,
    ),
    createInjectPanel(ctx, editor),
  );
}

/** A played run from a file's text, or what is wrong with it (a sentence). */
export function readPlayedRun(text: string): SavedRole | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'it is not JSON.';
  }
  const o = json as Partial<SavedRole> | null;
  if (!o || typeof o !== 'object' || !o.scenario || !Array.isArray(o.interventions) || !Array.isArray(o.decisions))
    return 'it is not a played run (it needs a scenario, interventions and decisions).';
  return o as SavedRole;
}
