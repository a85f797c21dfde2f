// Filters: which organisation types and areas the network shows.
import {
  NODE_FLAG,
  NODE_KINDS,
  type Catalogue,
  type Frame,
  type NetworkFilter,
  type NodeKind,
  type UiContext,
} from '../engine/api';
import { h } from './dom';
import { KIND_CSS, KIND_STYLE } from '../render/palette';

/** What the network is told: everything ticked is null (all, including kinds or areas to come). */
export function filterOf(kinds: ReadonlySet<NodeKind>, areas: ReadonlySet<number>, areaCount: number): NetworkFilter {
  return {
    kinds: kinds.size === NODE_KINDS.length ? null : NODE_KINDS.filter((k) => kinds.has(k)),
    areas: areas.size === areaCount ? null : [...areas].sort((a, b) => a - b),
  };
}

/**
 * Organisations still active, by kind (abolished commissioners stay in the catalogue). Without a
 * frame of the catalogue's structure it counts them all.
 */
export function activeByKind(c: Catalogue | null, f: Frame | null): Map<NodeKind, number> {
  const counts = new Map<NodeKind, number>(NODE_KINDS.map((k) => [k, 0]));
  const flags = f && c && f.structureVersion === c.structureVersion ? f.nodeFlags : null;
  for (const n of c?.nodes ?? []) {
    if (flags && flags[n.index] & NODE_FLAG.inactive) continue;
    counts.set(n.kind, counts.get(n.kind)! + 1);
  }
  return counts;
}

export function createFilters(ctx: UiContext): HTMLElement {
  const kinds = new Set<NodeKind>(NODE_KINDS);
  let areas = new Set<number>();
  let areaNames: string[] = [];

  const apply = (): void => ctx.setFilter(filterOf(kinds, areas, areaNames.length));

  const kindCounts = new Map<NodeKind, HTMLElement>();
  const kindBoxes = NODE_KINDS.map((k) => {
    const box = h('input', { type: 'checkbox', checked: true, 'data-kind': k });
    box.addEventListener('change', () => {
      if (box.checked) kinds.add(k);
      else kinds.delete(k);
      apply();
    });
    const count = h('span', { class: 'qm-count' });
    kindCounts.set(k, count);
    return {
      box,
      row: h(
        'label',
        { class: 'qm-check' },
        box,
        h('span', { class: 'qm-swatch', css: { '--c': KIND_CSS[k] }, 'aria-hidden': 'true' }),
        KIND_STYLE[k].plural,
        ' ',
        count,
      ),
    };
  });

  const areaList = h('div', { class: 'qm-area-list', role: 'group', 'aria-label': 'Areas' });
  const areaSection = h(
    'fieldset',
    { class: 'qm-fieldset' },
    h('legend', { text: 'Areas' }),
    h(
      'div',
      { class: 'qm-row' },
      h('button', { type: 'button', class: 'qm-btn', text: 'All areas', onclick: () => setAllAreas(true) }),
      h('button', { type: 'button', class: 'qm-btn', text: 'None', onclick: () => setAllAreas(false) }),
    ),
    areaList,
  );

  function setAllAreas(on: boolean): void {
    areas = on ? new Set(areaNames.map((_, i) => i)) : new Set();
    for (const b of areaList.querySelectorAll('input')) b.checked = on;
    apply();
  }

  // Counted again when the structure changes (a reform abolishes and creates organisations).
  let counted = -1;
  function count(c: Catalogue | null, f: Frame | null): void {
    const counts = activeByKind(c, f);
    for (const k of NODE_KINDS) kindCounts.get(k)!.textContent = c ? `(${counts.get(k)})` : '';
    if (f && c && f.structureVersion === c.structureVersion) counted = f.structureVersion;
  }

  function setCatalogue(c: Catalogue | null): void {
    counted = -1;
    count(c, ctx.current().frame);
    const names = c?.areas ?? [];
    // Same areas (same scale, or a reform's new structure): keep the choice and re-send it,
    // since the network may have been rebuilt.
    if (names.join('\n') === areaNames.join('\n')) {
      if (c) apply();
      return;
    }
    // A new set of areas (another scale or a reform): start with all of them shown.
    areaNames = names;
    areas = new Set(names.map((_, i) => i));
    areaList.replaceChildren(
      ...names.map((name, i) => {
        const box = h('input', { type: 'checkbox', checked: true, 'data-area': i });
        box.addEventListener('change', () => {
          if (box.checked) areas.add(i);
          else areas.delete(i);
          apply();
        });
        return h('label', { class: 'qm-check' }, box, name);
      }),
    );
    areaSection.hidden = names.length < 2;
    apply();
  }

  setCatalogue(ctx.current().catalogue);
  ctx.onCatalogue(setCatalogue);
  ctx.onFrame((f) => {
    if (f.structureVersion !== counted) count(ctx.current().catalogue, f);
  });
  return h(
    'div',
    { class: 'qm-filters' },
    h('p', { class: 'qm-help', text: 'Untick a type or an area to hide it from the network.' }),
    h(
      'fieldset',
      { class: 'qm-fieldset' },
      h('legend', { text: 'Organisation types' }),
      ...kindBoxes.map((k) => k.row),
    ),
    areaSection,
  );
}
