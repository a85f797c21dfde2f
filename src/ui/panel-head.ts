// The panels' head row: search, undo and redo, larger text and hiding the panels.
import type { UiContext } from '../engine/api';
import type { ScenarioEditor } from './editor';
import { createSearchBox } from './search-box';
import { h } from './dom';

export function createPanelHead(
  root: HTMLElement,
  ctx: UiContext,
  editor: ScenarioEditor,
  rescale: () => void,
): HTMLElement {
  const undo = h('button', { type: 'button', class: 'qm-btn', text: '↶ Undo', onclick: () => editor.undo() });
  const redo = h('button', { type: 'button', class: 'qm-btn', text: '↷ Redo', onclick: () => editor.redo() });
  const syncUndo = (): void => {
    const hst = editor.undoStack;
    undo.disabled = !hst.canUndo;
    redo.disabled = !hst.canRedo;
    undo.title = hst.undoLabel ? `Undo ${hst.undoLabel} (Ctrl+Z)` : 'Nothing to undo';
    redo.title = hst.redoLabel ? `Redo ${hst.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo';
    undo.setAttribute('aria-label', undo.title);
    redo.setAttribute('aria-label', redo.title);
  };
  editor.onChange(syncUndo);
  syncUndo();

  // Larger text for projected workshop rooms; remembered on this computer. The name starts
  // with what the button shows ("A+"), so speech input users can say it.
  const large = h('button', {
    type: 'button',
    class: 'qm-btn',
    text: 'A+',
    'aria-pressed': 'false',
    title: 'Larger text in the panels (for a projector)',
    'aria-label': 'A+ larger text',
    onclick: () => setLarge(!root.hasAttribute('data-qm-large')),
  });
  function setLarge(on: boolean): void {
    root.toggleAttribute('data-qm-large', on);
    large.setAttribute('aria-pressed', String(on));
    try {
      localStorage.setItem('quasimarket.largeText', on ? '1' : '0');
    } catch {
      /* private mode */
    }
    rescale();
  }
  const collapse = h('button', {
    type: 'button',
    class: 'qm-icon qm-collapse',
    'aria-expanded': 'true',
    'aria-label': 'Hide the side panels',
    title: 'Hide or show the side panels',
    text: '⇥',
    onclick: () => {
      const collapsed = root.toggleAttribute('data-qm-collapsed');
      collapse.setAttribute('aria-expanded', String(!collapsed));
      collapse.setAttribute('aria-label', collapsed ? 'Show the side panels' : 'Hide the side panels');
      collapse.textContent = collapsed ? '⇤' : '⇥';
      // The network sizes itself to the window; tell it the space changed.
      window.dispatchEvent(new Event('resize'));
    },
  });
  let storedLarge = false;
  try {
    storedLarge = localStorage.getItem('quasimarket.largeText') === '1';
  } catch {
    /* private mode */
  }
  if (storedLarge) queueMicrotask(() => setLarge(true));
  return h(
    'div',
    { class: 'qm-head' },
    createSearchBox(ctx),
    h('div', { class: 'qm-head-row' }, undo, redo, large, collapse),
  );
}
