// A story card: the chapter's title and date, what changed and why, a source's own words,
// what to watch and the key numbers now, with the chapter buttons; or, for a facilitator,
// a form to edit it.
import type { StoryChapter } from '../model/index';
import { h } from './dom';
import { tickLabel } from './format';

export interface CardActions {
  prev(): void;
  next(): void;
  play(): void;
  close(): void;
  edit(): void;
  add(): void;
  save(card: StoryChapter): void;
  cancel(): void;
}

export function cardView(
  c: StoryChapter,
  at: { index: number; count: number; startYear: number },
  figures: { when: string; rows: [string, string][] },
  a: CardActions,
): (HTMLElement | null)[] {
  const btn = (text: string, title: string, act: () => void, testid?: string): HTMLButtonElement =>
    h('button', { type: 'button', class: 'qm-btn', text, title, onclick: act, 'data-testid': testid });
  return [
    h(
      'header',
      { class: 'story-head' },
      h('span', {
        class: 'story-count',
        text: `Chapter ${at.index + 1} of ${at.count} · ${tickLabel(c.week, at.startYear)}`,
      }),
      h('button', {
        type: 'button',
        class: 'qm-icon',
        text: '✕',
        'aria-label': 'Leave the story',
        title: 'Leave the story',
        onclick: a.close,
      }),
    ),
    h('h2', { class: 'story-title', id: 'story-title', text: c.title }),
    h('p', { class: 'story-changed', text: c.changed }),
    c.quote
      ? h(
          'figure',
          { class: 'story-quote' },
          h('blockquote', { text: c.quote.text }),
          h('figcaption', { text: `— ${c.quote.source}` }),
        )
      : null,
    c.watch ? h('p', { class: 'story-watch' }, h('strong', { text: 'Watch: ' }), c.watch) : null,
    figuresSection(figures),
    h(
      'div',
      { class: 'story-buttons' },
      btn('← Previous', 'Previous chapter (← or Page Up)', a.prev, 'story-prev'),
      btn('Play ▶', 'Play on to the next chapter (Space)', a.play, 'story-play'),
      btn('Next →', 'Next chapter (→ or Page Down)', a.next, 'story-next'),
      btn('Edit', 'Edit this card (it travels in the saved scenario file)', a.edit, 'story-edit'),
      btn('Add a card here', 'Add a card at this week', a.add, 'story-add'),
    ),
  ];
}

/** The key numbers at this moment (redrawn on its own as the run moves). */
export function figuresSection(figures: { when: string; rows: [string, string][] }): HTMLElement {
  return h(
    'section',
    { class: 'story-figures', 'aria-label': 'Key numbers now' },
    h('p', { class: 'story-when', text: figures.when }),
    figures.rows.length
      ? h('dl', {}, ...figures.rows.flatMap(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })]))
      : null,
  );
}

/** The form a facilitator edits a card in. */
export function cardForm(c: StoryChapter, maxWeek: number, a: CardActions): HTMLElement[] {
  const field = (label: string, el: HTMLInputElement | HTMLTextAreaElement): HTMLElement =>
    h('label', { class: 'story-field' }, h('span', { text: label }), el);
  const title = h('input', { type: 'text', value: c.title, maxlength: 200 });
  const week = h('input', { type: 'number', min: 0, max: maxWeek, step: 1, value: c.week });
  const changed = h('textarea', { rows: 5, maxlength: 4000 });
  changed.value = c.changed;
  const quote = h('textarea', { rows: 3, maxlength: 2000 });
  quote.value = c.quote?.text ?? '';
  const source = h('input', { type: 'text', value: c.quote?.source ?? '', maxlength: 400 });
  const watch = h('textarea', { rows: 2, maxlength: 2000 });
  watch.value = c.watch ?? '';
  const problem = h('p', { class: 'qm-error', role: 'alert', hidden: true });
  const save = (): void => {
    const w = Number(week.value);
    const why = !title.value.trim()
      ? 'give the card a title'
      : !Number.isInteger(w) || w < 0 || w > maxWeek
        ? `the week must be a whole number from 0 to ${maxWeek}`
        : quote.value.trim() && !source.value.trim()
          ? 'say whose words the quotation is'
          : '';
    problem.hidden = !why;
    problem.textContent = why ? `This card cannot be saved: ${why}.` : '';
    if (why) return;
    a.save({
      id: c.id,
      week: w,
      title: title.value.trim(),
      changed: changed.value.trim(),
      ...(quote.value.trim() && { quote: { text: quote.value.trim(), source: source.value.trim() } }),
      ...(watch.value.trim() && { watch: watch.value.trim() }),
    });
  };
  return [
    h('h2', { class: 'story-title', id: 'story-title', text: 'Edit this card' }),
    field('Title', title),
    field('Week of the run it opens at (0 = the first)', week),
    field('What changed and why', changed),
    field('A source’s own words (optional)', quote),
    field('Whose words', source),
    field('What to watch', watch),
    problem,
    h(
      'div',
      { class: 'story-buttons' },
      h('button', { type: 'button', class: 'qm-btn', text: 'Save card', 'data-testid': 'story-save', onclick: save }),
      h('button', { type: 'button', class: 'qm-btn', text: 'Cancel', onclick: a.cancel }),
    ),
  ];
}
