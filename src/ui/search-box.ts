// The search box: finds an organisation by name, code or area, or an area (an ICB footprint)
// by name or code, as you type (a local index of the catalogue, so no round trip to the
// worker). Choosing an organisation opens it; choosing an area flies the view to it. Arrows
// move, Enter chooses, Escape closes.
import type { AreaInfo, Catalogue, NodeInfo, UiContext } from '../engine/api';
import { buildSearchIndex, searchAreas, searchNodes, type SearchIndex } from './search-index';
import { h } from './dom';
import { KIND_CSS, KIND_STYLE } from '../render/palette';

export function createSearchBox(ctx: UiContext): HTMLElement {
  let index: SearchIndex = buildSearchIndex([]);
  let areas: readonly AreaInfo[] = [];
  let results: ({ area: AreaInfo } | { node: NodeInfo })[] = [];
  let active = -1;

  const list = h('ul', {
    id: 'qm-search-list',
    class: 'qm-search-list',
    role: 'listbox',
    'aria-label': 'Matching areas and organisations',
    hidden: true,
  });
  const status = h('span', { class: 'qm-sr', role: 'status', 'aria-live': 'polite' });
  const input = h('input', {
    type: 'search',
    class: 'qm-search-input',
    'data-testid': 'search',
    placeholder: 'Find an organisation or an area by name or code  ( / )',
    role: 'combobox',
    'aria-label': 'Find an organisation or an area by name or code',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'qm-search-list',
    autocomplete: 'off',
    spellcheck: 'false',
  });

  const setCatalogue = (c: Catalogue | null): void => {
    index = buildSearchIndex(c?.nodes ?? []);
    // A run of one area has nothing to fly to.
    areas = c && c.areaInfo.length > 1 ? c.areaInfo : [];
    if (input.value) run();
  };

  function show(open: boolean): void {
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) {
      active = -1;
      input.removeAttribute('aria-activedescendant');
    }
  }

  function highlight(i: number): void {
    active = i;
    [...list.children].forEach((li, k) => li.setAttribute('aria-selected', String(k === i)));
    const li = list.children[i] as HTMLElement | undefined;
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    }
  }

  function run(): void {
    const found = searchAreas(areas, input.value, 3);
    results = [
      ...found.map((area) => ({ area })),
      ...searchNodes(index, input.value, 15 - found.length).map((node) => ({ node })),
    ];
    const option = (i: number, testid: string, onclick: () => void, ...kids: (Node | string)[]): HTMLElement =>
      h(
        'li',
        {
          id: `qm-search-opt-${i}`,
          role: 'option',
          'aria-selected': 'false',
          'data-testid': testid,
          onmousedown: (e: Event) => e.preventDefault(),
          onclick,
        },
        ...kids,
      );
    list.replaceChildren(
      ...results.map((r, i) => {
        if ('area' in r) {
          const a = r.area;
          const li = option(
            i,
            'search-area',
            () => choose(r),
            h('span', { class: 'qm-swatch qm-swatch-area', 'aria-hidden': 'true' }),
            h('span', { class: 'qm-opt-name', text: a.name }),
            h('span', { class: 'qm-opt-meta', text: [a.code, 'area', a.region].filter(Boolean).join(' · ') }),
          );
          li.dataset.area = String(a.index);
          return li;
        }
        const n = r.node;
        const li = option(
          i,
          'search-result',
          () => choose(r),
          h('span', { class: 'qm-swatch', css: { '--c': KIND_CSS[n.kind] }, 'aria-hidden': 'true' }),
          h('span', { class: 'qm-opt-name', text: n.name }),
          h('span', { class: 'qm-opt-meta', text: `${n.id} · ${KIND_STYLE[n.kind].label} · ${n.areaName}` }),
        );
        li.dataset.index = String(n.index);
        return li;
      }),
    );
    if (input.value.trim() && results.length === 0)
      list.replaceChildren(
        h('li', { class: 'qm-search-none', role: 'presentation', text: 'No area or organisation matches.' }),
      );
    show(input.value.trim().length > 0);
    status.textContent = input.value.trim() ? `${results.length} match${results.length === 1 ? '' : 'es'}` : '';
    if (results.length) highlight(0);
  }

  function choose(r: (typeof results)[number]): void {
    show(false);
    if ('area' in r) {
      input.value = r.area.name;
      ctx.focusArea(r.area.index);
      return;
    }
    input.value = r.node.name;
    ctx.select(r.node.index);
    ctx.focus(r.node.index);
  }

  input.addEventListener('input', run);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden) {
        run();
        return;
      }
      if (!results.length) return;
      const d = e.key === 'ArrowDown' ? 1 : -1;
      highlight((active + d + results.length) % results.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const n = results[active >= 0 ? active : 0];
      if (n && !list.hidden) choose(n);
    } else if (e.key === 'Escape') {
      // Close the list first; a second Escape clears; the inspector's Escape is not triggered.
      e.preventDefault();
      e.stopPropagation();
      if (!list.hidden) show(false);
      else if (input.value) input.value = '';
      else input.blur();
    }
  });
  input.addEventListener('blur', () => show(false));
  input.addEventListener('focus', () => {
    if (input.value.trim()) run();
  });

  setCatalogue(ctx.current().catalogue);
  ctx.onCatalogue(setCatalogue);
  return h('div', { class: 'qm-search' }, input, list, status);
}
