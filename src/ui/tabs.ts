// A tab list (ARIA tabs pattern): arrow keys, Home and End move between tabs; each tab's
// panel is built once and shown or hidden.
import { h } from './dom';

export interface TabSpec {
  id: string;
  label: string;
  help: string;
  el: () => HTMLElement;
}

export interface Tabs {
  list: HTMLElement;
  panels: HTMLElement[];
  select(id: string, focus?: boolean): void;
  selected(): string;
}

export function createTabs(tabs: TabSpec[], label: string): Tabs {
  let current = 0;
  const buttons = tabs.map((t, i) =>
    h('button', {
      type: 'button',
      role: 'tab',
      id: `qm-tab-${t.id}`,
      class: 'qm-tab',
      'aria-controls': `qm-panel-${t.id}`,
      'aria-selected': String(i === 0),
      tabindex: i === 0 ? 0 : -1,
      title: t.help,
      text: t.label,
      'data-tab': t.id,
      onclick: () => selectIndex(i),
    }),
  );
  const panels = tabs.map((t, i) =>
    h(
      'div',
      {
        role: 'tabpanel',
        id: `qm-panel-${t.id}`,
        class: 'qm-tabpanel',
        'aria-labelledby': `qm-tab-${t.id}`,
        hidden: i !== 0,
        tabindex: 0,
      },
      t.el(),
    ),
  );
  function selectIndex(i: number, focus = false): void {
    current = i;
    buttons.forEach((b, k) => {
      b.setAttribute('aria-selected', String(k === i));
      b.tabIndex = k === i ? 0 : -1;
    });
    panels.forEach((p, k) => {
      p.hidden = k !== i;
    });
    if (focus) buttons[i].focus();
  }
  const list = h('div', { role: 'tablist', class: 'qm-tabs', 'aria-label': label }, ...buttons);
  list.addEventListener('keydown', (e) => {
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    const n = buttons.length;
    const keys: Record<string, number> = { ArrowRight: (i + 1) % n, ArrowLeft: (i - 1 + n) % n, Home: 0, End: n - 1 };
    if (e.key in keys) {
      e.preventDefault();
      selectIndex(keys[e.key], true);
    }
  });
  return {
    list,
    panels,
    select: (id, focus) => {
      const i = tabs.findIndex((t) => t.id === id);
      if (i >= 0) selectIndex(i, focus);
    },
    selected: () => tabs[current].id,
  };
}
