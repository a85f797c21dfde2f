// The decision card: when an organisation a player holds faces a decision, the run holds and
// this card asks the player, with what the model's agent knows and what it would do. Not modal:
// the player may still open organisations in the inspector while deciding. Keyboard: the card
// takes focus, Tab moves through its controls, Enter answers.
import './role.css';
import type { Answer, DecisionRequest } from '../engine/api';
import { h } from './dom';
import { decisionWords, type NameOf } from './decision-words';
import { formatMoney } from '../engine/money';

export interface CardOptions {
  nameOf: NameOf;
  startYear: number;
  /** When the suggestion is taken (ms since the epoch), or null: no time limit. */
  deadline: number | null;
  /** 'answer': this screen's player decides; 'watch': a player elsewhere does (room mode's host). */
  mode: 'answer' | 'watch';
  /** Who decides, when watching ("the player at Northfield CCG"). */
  note?: string;
}

export interface DecisionCard {
  el: HTMLElement;
  show(d: DecisionRequest, opts: CardOptions): void;
  hide(): void;
  /** The key of the decision shown, if any. */
  readonly key: string | null;
  /** A message on the card (an answer refused, the time ran out). */
  say(text: string, tone?: 'info' | 'error'): void;
}

/** `answer` sends the player's answer; it rejects with the reason when refused. */
export function createDecisionCard(
  answer: (key: string, value: Answer) => Promise<void>,
  /** The model takes this card and the rest of the week's for this screen's seats (omitted: no such button). */
  restOfWeek?: (d: DecisionRequest) => void,
): DecisionCard {
  const el = h('section', {
    class: 'qm-card',
    role: 'dialog',
    'aria-modal': 'false',
    'aria-labelledby': 'qm-card-title',
    'aria-describedby': 'qm-card-question',
    'data-testid': 'decision-card',
    tabindex: -1,
    hidden: true,
  });
  let shown: DecisionRequest | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let busy = false;
  const status = h('p', { class: 'qm-card-status', role: 'status', 'aria-live': 'polite' });
  const clock = h('p', { class: 'qm-card-clock', 'data-testid': 'decision-clock' });

  async function send(value: Answer): Promise<void> {
    if (!shown || busy) return;
    busy = true;
    el.setAttribute('aria-busy', 'true');
    try {
      await answer(shown.key, value);
    } catch (e) {
      say(e instanceof Error ? e.message : String(e), 'error');
    } finally {
      busy = false;
      el.removeAttribute('aria-busy');
    }
  }

  function say(text: string, tone: 'info' | 'error' = 'info'): void {
    status.textContent = text;
    status.dataset.tone = tone;
  }

  function show(d: DecisionRequest, o: CardOptions): void {
    const again = shown?.key === d.key;
    shown = d;
    const w = decisionWords(d, o.nameOf, o.startYear);
    el.dataset.kind = d.kind;
    el.dataset.key = d.key;
    el.dataset.mode = o.mode;
    const facts = h('dl', { class: 'qm-card-facts' });
    for (const [k, v] of w.facts) facts.append(h('dt', { text: k }), h('dd', { text: v }));
    const accept = h('button', {
      type: 'button',
      class: 'qm-btn qm-primary',
      'data-testid': 'decision-accept-suggestion',
      text: o.mode === 'answer' ? 'Take the suggestion' : 'Take the suggestion for them',
      title: `Answer what the model would: ${w.suggestion}`,
      onclick: () => void send(d.suggestion),
    });
    const form = h('form', { class: 'qm-card-form' });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const v = readAnswer(form, d);
      if (v === null) say('Choose an option or type a sum first.', 'error');
      else void send(v);
    });
    if (o.mode === 'answer') form.append(...answerControls(d));
    else form.append(h('p', { class: 'qm-card-watch', text: `Waiting for ${o.note ?? 'the player'} to decide.` }));
    const week =
      o.mode === 'answer' && restOfWeek
        ? h('button', {
            type: 'button',
            class: 'qm-btn',
            'data-testid': 'decision-accept-week',
            text: 'Suggestions for the rest of this week',
            title:
              'The model takes this decision and the held seats’ other decisions this week (a week of bargaining asks for each contract)',
            onclick: () => restOfWeek(d),
          })
        : null;
    el.replaceChildren(
      h(
        'header',
        { class: 'qm-card-head' },
        h('p', { class: 'qm-card-kicker', text: `Decision · ${o.nameOf(d.holder)} · ${w.when}` }),
        h('h2', { id: 'qm-card-title', text: w.title }),
      ),
      h('p', { id: 'qm-card-question', class: 'qm-card-question', text: w.question }),
      h(
        'div',
        { class: 'qm-card-suggest' },
        h('p', {}, h('strong', { text: 'The model would: ' }), w.suggestion),
        accept,
      ),
      form,
      week ?? '',
      h('details', { class: 'qm-card-known', open: true }, h('summary', { text: 'What you know' }), facts),
      clock,
      status,
    );
    if (!again) say('');
    el.hidden = false;
    tick(o.deadline);
    if (timer) clearInterval(timer);
    timer = o.deadline === null ? null : setInterval(() => tick(o.deadline), 1000);
    if (!again) (el.querySelector<HTMLElement>('input, select, button') ?? el).focus();
  }

  function tick(deadline: number | null): void {
    if (deadline === null) {
      clock.textContent = '';
      return;
    }
    const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
    clock.textContent = `${left} s left, then the model’s suggestion is taken.`;
  }

  function hide(): void {
    const had = el.contains(document.activeElement);
    shown = null;
    el.hidden = true;
    if (timer) clearInterval(timer);
    timer = null;
    // Focus goes back to the page rather than being lost with the card.
    if (had) document.querySelector<HTMLElement>('[data-testid=play]')?.focus();
  }

  return {
    el,
    show,
    hide,
    say,
    get key() {
      return shown?.key ?? null;
    },
  };
}

/** A money field (in £m, with the range) or one radio button per option. */
function answerControls(d: DecisionRequest): HTMLElement[] {
  if (d.options) {
    const group = h('fieldset', { class: 'qm-card-options' }, h('legend', { text: 'Your decision' }));
    for (const o of d.options) {
      const id = `qm-opt-${o.value.replace(/[^a-z0-9]/gi, '')}`;
      group.append(
        h(
          'div',
          { class: 'qm-card-option' },
          h('input', {
            type: 'radio',
            name: 'qm-card-option',
            id,
            value: o.value,
            'data-testid': 'decision-option',
            checked: o.value === d.suggestion,
          }),
          h('label', { for: id, text: o.label + (o.value === d.suggestion ? ' (the model’s choice)' : '') }),
        ),
      );
    }
    return [group, h('button', { type: 'submit', class: 'qm-btn', 'data-testid': 'decision-answer', text: 'Decide' })];
  }
  const r = d.range ?? { min: 0, max: Number(d.suggestion) * 2 };
  const money = h('input', {
    type: 'number',
    id: 'qm-card-amount',
    class: 'qm-num-input',
    'data-testid': 'decision-amount',
    min: (r.min / 1e6).toFixed(3),
    max: (r.max / 1e6).toFixed(3),
    step: 'any',
    inputmode: 'decimal',
    value: (Number(d.suggestion) / 1e6).toFixed(3),
  });
  // Untouched, the field stands for the suggestion to the penny (not its rounded £m).
  money.dataset.exact = String(d.suggestion);
  money.addEventListener('input', () => delete money.dataset.exact);
  return [
    h(
      'div',
      { class: 'qm-field' },
      h('label', {
        for: 'qm-card-amount',
        text: `Your answer in £ millions (from ${formatMoney(r.min)} to ${formatMoney(r.max)})`,
      }),
      h(
        'div',
        { class: 'qm-row' },
        money,
        h('button', { type: 'submit', class: 'qm-btn', 'data-testid': 'decision-answer', text: 'Answer' }),
      ),
    ),
  ];
}

function readAnswer(form: HTMLFormElement, d: DecisionRequest): Answer | null {
  if (d.options) return form.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value ?? null;
  const input = form.querySelector<HTMLInputElement>('input[type=number]');
  if (!input) return null;
  if (input.dataset.exact !== undefined) return Number(input.dataset.exact);
  const v = Number(input.value.trim().replace(',', '.'));
  if (input.value.trim() === '' || !Number.isFinite(v) || v < 0) return null;
  const r = d.range;
  const pounds = Math.round(v * 1e6);
  return r ? Math.min(r.max, Math.max(r.min, pounds)) : pounds;
}
