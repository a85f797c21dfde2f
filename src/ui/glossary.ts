// The glossary on the page: jargon in the app's text is underlined with dots and explained in
// a tip on hover and on keyboard focus (each term can be tabbed to). Only the first use of a
// term in each block is marked, so a paragraph is not a row of tab stops.
import { TERMS, type Term } from './glossary-terms';
import { h } from './dom';

const TIP_ID = 'qm-glossary-tip';
/** Longest forms first, so "block contract" wins over "block". */
const FORMS = TERMS.flatMap((t) => t.forms.map((f) => ({ form: f, term: t }))).sort(
  (a, b) => b.form.length - a.form.length,
);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERN = new RegExp(`(?<![\\w-])(${FORMS.map((f) => escape(f.form)).join('|')})(?![\\w-])`, 'g');
const BY_FORM = new Map(FORMS.map((f) => [f.form, f.term]));
/** Where a tab stop or a tip would be wrong: controls, and what is already a term. */
const SKIP = 'button, select, option, textarea, input, a, label, summary, .qm-term, [data-no-glossary], svg';

let tip: HTMLElement | null = null;
function theTip(): HTMLElement {
  if (!tip) {
    tip = h('div', { id: TIP_ID, class: 'qm-glossary-tip', role: 'tooltip', hidden: true });
    document.body.append(tip);
  }
  return tip;
}

function show(el: HTMLElement, term: Term): void {
  const t = theTip();
  t.replaceChildren(h('b', { text: term.forms[0] }), term.text);
  t.hidden = false;
  const r = el.getBoundingClientRect();
  const w = Math.min(360, window.innerWidth - 16);
  t.style.setProperty('left', `${Math.max(8, Math.min(r.left, window.innerWidth - w - 8))}px`);
  const below = r.bottom + 6;
  t.style.setProperty('top', `${below + 120 > window.innerHeight ? Math.max(8, r.top - t.offsetHeight - 6) : below}px`);
}
function hide(): void {
  if (tip) tip.hidden = true;
}

/** A term as the page shows it: dotted, focusable, explained on hover and focus. */
export function termElement(text: string, term: Term): HTMLElement {
  const el = h('span', { class: 'qm-term', tabindex: 0, 'data-term': term.id, 'aria-describedby': TIP_ID, text });
  el.addEventListener('mouseenter', () => show(el, term));
  el.addEventListener('focus', () => show(el, term));
  el.addEventListener('mouseleave', hide);
  el.addEventListener('blur', hide);
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
  return el;
}

/** Marks the first use of each term in `root`'s text. */
export function annotate(root: HTMLElement): void {
  const seen = new Set<string>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest(SKIP) || !n.nodeValue?.trim() ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  for (const node of texts) {
    const value = node.nodeValue ?? '';
    const parts: (string | HTMLElement)[] = [];
    let last = 0;
    for (const m of value.matchAll(PATTERN)) {
      const term = BY_FORM.get(m[1]);
      if (!term || seen.has(term.id)) continue;
      seen.add(term.id);
      parts.push(value.slice(last, m.index), termElement(m[1], term));
      last = (m.index ?? 0) + m[1].length;
    }
    if (!parts.length) continue;
    parts.push(value.slice(last));
    node.replaceWith(...parts.filter((p) => p !== ''));
  }
}

/** The whole glossary as a definition list. */
export function glossaryList(): HTMLElement {
  return h(
    'dl',
    { class: 'qm-glossary', 'data-testid': 'glossary' },
    ...TERMS.flatMap((t) => [h('dt', { text: t.forms.join(', ') }), h('dd', { text: t.text })]),
  );
}
