// Filters: which organisation types and areas the network shows. Real footprints are listed
// under their NHS England region, each region with a box of its own, and a region can be
// chosen alone from a list.
import {
  NODE_FLAG,
  NODE_KINDS,
  type AreaInfo,
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

/** Areas grouped by region, regions by name; null when any area has no region (fictional areas). */
export function regionsOf(areas: readonly AreaInfo[]): { code: string; name: string; areas: number[] }[] | null {
  if (areas.length === 0 || areas.some((a) => a.regionCode === null)) return null;
  const byCode = new Map<string, { code: string; name: string; areas: number[] }>();
  for (const a of areas) {
    const r = byCode.get(a.regionCode!) ?? { code: a.regionCode!, name: a.region ?? a.regionCode!, areas: [] };
    r.areas.push(a.index);
    byCode.set(r.code, r);
  }
  return [...byCode.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
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
  const regionPick = h('select', { class: 'qm-region-pick', 'data-testid': 'region-filter', 'aria-label': 'Region' });
  const areaSection = h(
    'fieldset',
    { class: 'qm-fieldset' },
    h('legend', { text: 'Areas' }),
    h(
      'div',
      { class: 'qm-row' },
      h('button', { type: 'button', class: 'qm-btn', text: 'All areas', onclick: () => setAreas(null) }),
      h('button', { type: 'button', class: 'qm-btn', text: 'None', onclick: () => setAreas([]) }),
      regionPick,
    ),
    areaList,
  );
  let regions: ReturnType<typeof regionsOf> = null;
  regionPick.addEventListener('change', () => {
    const r = regions?.find((x) => x.code === regionPick.value);
    setAreas(r ? r.areas : null);
  });

  /** Shows these areas (null: all of them) and ticks the boxes to match. */
  function setAreas(only: readonly number[] | null): void {
    areas = new Set(only ?? areaNames.map((_, i) => i));
    for (const b of areaList.querySelectorAll<HTMLInputElement>('input[data-area]'))
      b.checked = areas.has(Number(b.dataset.area));
    syncRegions();
    apply();
  }

  /** Each region's box: ticked, unticked or in between, as its areas are; the list names a region shown alone. */
  function syncRegions(): void {
    let alone = '';
    for (const r of regions ?? []) {
      const on = r.areas.filter((a) => areas.has(a)).length;
      const box = areaList.querySelector<HTMLInputElement>(`input[data-region="${r.code}"]`);
      if (box) {
        box.checked = on === r.areas.length;
        box.indeterminate = on > 0 && on < r.areas.length;
      }
      if (on === r.areas.length && areas.size === on) alone = r.code;
    }
    regionPick.value = alone;
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
    regions = regionsOf(c?.areaInfo ?? []);
    const areaBox = (i: number): HTMLElement => {
      const box = h('input', { type: 'checkbox', checked: true, 'data-area': i });
      box.addEventListener('change', () => {
        if (box.checked) areas.add(i);
        else areas.delete(i);
        syncRegions();
        apply();
      });
      return h('label', { class: 'qm-check' }, box, names[i]);
    };
    if (!regions) areaList.replaceChildren(...names.map((_, i) => areaBox(i)));
    else
      areaList.replaceChildren(
        ...regions.map((r) => {
          const box = h('input', { type: 'checkbox', checked: true, 'data-region': r.code });
          box.addEventListener('change', () => {
            const others = [...areas].filter((a) => !r.areas.includes(a));
            setAreas(box.checked ? [...others, ...r.areas] : others);
          });
          return h(
            'div',
            { class: 'qm-region', role: 'group', 'aria-label': r.name },
            h('label', { class: 'qm-check qm-region-name' }, box, r.name),
            ...r.areas.map(areaBox),
          );
        }),
      );
    regionPick.replaceChildren(
      h('option', { value: '', text: 'All regions' }),
      ...(regions ?? []).map((r) => h('option', { value: r.code, text: r.name })),
    );
    regionPick.hidden = !regions || regions.length < 2;
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
