// The organisation table: every organisation with its type, area, commissioner, income,
// margin, trust, contracts and waiting list; sortable by any column, filtered by type and
// text; a row opens the inspector. Rows come from the worker while the table is in view.
import { NODE_KINDS, type NodeKind, type OrganisationTableRow, type UiContext } from '../engine/api';
import { KIND_STYLE } from '../render/palette';
import { formatMillions } from './format';
import { h, whenVisible } from './dom';
import { trim } from '../engine/money';

type Key =
  'name' | 'kind' | 'area' | 'region' | 'commissioner' | 'incomeM' | 'margin' | 'trust' | 'contracts' | 'waitingList';
interface Column {
  key: Key;
  label: string;
  help: string;
  show: (r: OrganisationTableRow) => string;
}
const pct = (x: number | null): string => (x === null ? '–' : `${trim(x * 100, 1)}%`);
export const COLUMNS: Column[] = [
  { key: 'name', label: 'Organisation', help: 'Name and code', show: (r) => r.name },
  { key: 'kind', label: 'Type', help: 'Kind of organisation', show: (r) => KIND_STYLE[r.kind].label },
  {
    key: 'area',
    label: 'Area',
    help: 'Health economy it belongs to (an ICB footprint with its code)',
    show: (r) => (r.areaCode ? `${r.area} (${r.areaCode})` : r.area),
  },
  { key: 'region', label: 'Region', help: 'NHS England region of its ICB footprint', show: (r) => r.region ?? '–' },
  {
    key: 'commissioner',
    label: 'Commissioner',
    help: 'Its commissioner: a practice’s own, a provider’s largest, an abolished commissioner’s successor',
    show: (r) => r.commissioner || '–',
  },
  {
    key: 'incomeM',
    label: 'Income',
    help: 'Allocation (commissioners) or contracted income (providers), in pounds a year',
    show: (r) => (r.incomeM === null ? '–' : `${formatMillions(r.incomeM)} a year`),
  },
  {
    key: 'margin',
    label: 'Margin',
    help: 'Providers: last year’s surplus or deficit as a share of income. Commissioners: this year’s balance as a share of allocation',
    show: (r) => pct(r.margin),
  },
  {
    key: 'trust',
    label: 'Trust',
    help: 'Mean trust with its contract partners, from 0 (none) to 1 (complete)',
    show: (r) => (r.trust === null ? '–' : trim(r.trust, 2)),
  },
  { key: 'contracts', label: 'Contracts', help: 'Live contracts', show: (r) => String(r.contracts) },
  {
    key: 'waitingList',
    label: 'Waiting list',
    help: 'People waiting for planned care on its contracts',
    show: (r) => (r.waitingList === null ? '–' : r.waitingList.toLocaleString('en-GB')),
  },
];
/** Rows drawn at once; past this a filter narrows the list (the CSV has them all). */
const MAX_SHOWN = 400;

export interface TableHandle {
  el: HTMLElement;
  /** The rows as filtered and sorted (for export), and the columns' labels. */
  rows(): OrganisationTableRow[];
}

export function sortRows(rows: OrganisationTableRow[], key: Key, dir: 1 | -1): OrganisationTableRow[] {
  const val = (r: OrganisationTableRow): string | number | null =>
    key === 'kind' ? KIND_STYLE[r.kind].label : (r[key] as string | number | null);
  return rows.slice().sort((a, b) => {
    const x = val(a),
      y = val(b);
    if (x === null || y === null) return x === y ? a.index - b.index : x === null ? 1 : -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en-GB');
    return c !== 0 ? c * dir : a.index - b.index;
  });
}

export function createOrgTable(ctx: UiContext): TableHandle {
  let all: OrganisationTableRow[] = [];
  let sortKey: Key = 'incomeM';
  let dir: 1 | -1 = -1;
  const text = h('input', {
    type: 'search',
    class: 'qm-param-filter',
    placeholder: 'Filter by name, area, region or commissioner…',
    'aria-label': 'Filter organisations by name, code, area, region or commissioner',
  });
  const kind = h(
    'select',
    { 'aria-label': 'Type of organisation' },
    h('option', { value: '', text: 'Every type' }),
    ...NODE_KINDS.map((k) => h('option', { value: k, text: KIND_STYLE[k].plural })),
  );
  const activeOnly = h('input', { type: 'checkbox', checked: true });
  const count = h('p', { class: 'qm-help', 'aria-live': 'polite' });
  const heads = COLUMNS.map((c) =>
    h(
      'th',
      { scope: 'col', 'data-key': c.key },
      h('button', { type: 'button', class: 'qm-sort', title: c.help, text: c.label, onclick: () => sortBy(c.key) }),
    ),
  );
  const body = h('tbody');
  const table = h(
    'table',
    { class: 'qm-table', 'data-testid': 'table' },
    h('caption', { class: 'qm-sr', text: 'Organisations' }),
    h('thead', {}, h('tr', {}, ...heads)),
    body,
  );

  function sortBy(key: Key): void {
    dir =
      key === sortKey
        ? dir === 1
          ? -1
          : 1
        : key === 'name' || key === 'kind' || key === 'area' || key === 'region'
          ? 1
          : -1;
    sortKey = key;
    draw();
  }

  function filtered(): OrganisationTableRow[] {
    const q = text.value.trim().toLowerCase();
    const k = kind.value as NodeKind | '';
    const rows = all.filter(
      (r) =>
        (!activeOnly.checked || r.active) &&
        (!k || r.kind === k) &&
        (!q ||
          `${r.name} ${r.id} ${r.area} ${r.areaCode ?? ''} ${r.region ?? ''} ${r.commissioner}`
            .toLowerCase()
            .includes(q)),
    );
    return sortRows(rows, sortKey, dir);
  }

  function draw(): void {
    const rows = filtered();
    // Fictional areas have no region: the column shows only when some organisation has one.
    const regions = all.some((r) => r.region);
    table.classList.toggle('qm-no-region', !regions);
    for (const th of heads) {
      const on = th.dataset.key === sortKey;
      th.setAttribute('aria-sort', on ? (dir === 1 ? 'ascending' : 'descending') : 'none');
    }
    body.replaceChildren(
      ...rows.slice(0, MAX_SHOWN).map((r) =>
        h(
          'tr',
          { 'data-index': r.index, onclick: () => ctx.select(r.index) },
          ...COLUMNS.map((c, i) =>
            i === 0
              ? h(
                  'th',
                  { scope: 'row' },
                  h('button', {
                    type: 'button',
                    class: 'qm-link',
                    text: r.name,
                    title: `Inspect ${r.name} (${r.id})`,
                    onclick: (e: Event) => {
                      e.stopPropagation();
                      ctx.select(r.index);
                    },
                  }),
                )
              : h('td', {
                  'data-key': c.key,
                  class:
                    c.key === 'incomeM' ||
                    c.key === 'margin' ||
                    c.key === 'trust' ||
                    c.key === 'contracts' ||
                    c.key === 'waitingList'
                      ? 'qm-num'
                      : '',
                  text: c.show(r),
                }),
          ),
        ),
      ),
    );
    count.textContent =
      rows.length > MAX_SHOWN
        ? `${rows.length.toLocaleString('en-GB')} organisations; the first ${MAX_SHOWN} are listed (filter to narrow; the CSV has them all).`
        : `${rows.length.toLocaleString('en-GB')} organisations.`;
  }

  let loading = false;
  async function load(): Promise<void> {
    if (loading) return;
    loading = true;
    try {
      all = await ctx.api.organisations();
      draw();
    } catch {
      /* the run is being replaced; the next refresh reads the new one */
    } finally {
      loading = false;
    }
  }
  for (const c of [text, kind, activeOnly]) c.addEventListener('input', draw);
  const el = h(
    'div',
    { class: 'qm-orgs' },
    h('div', { class: 'qm-table-filters' }, text, kind, h('label', {}, activeOnly, ' Active only')),
    count,
    h('div', { class: 'qm-table-scroll' }, table),
  );
  const visible = whenVisible(el, () => void load());
  // While shown, the figures follow the run every two seconds.
  setInterval(() => {
    if (visible()) void load();
  }, 2000);
  return { el, rows: filtered };
}
