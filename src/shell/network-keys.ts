// The network by keyboard: Tab into it, the arrow keys move to the nearest organisation in
// that direction (a ring marks it and its name is read out), Enter opens the inspector;
// Shift+arrows pan. An organisation off the screen is brought into view.
import type { NetworkView } from '../render/network';
import { KIND_STYLE } from '../render/palette';
import { h } from '../ui/dom';
import { clickableNodes, nearestInDirection } from './visible-nodes';

/** Screen pixels Shift+arrow pans by. */
const ARROW_PAN = 60;
const DIRS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export function mountNetworkKeys(
  stage: HTMLElement,
  view: NetworkView,
  select: (i: number | null) => void,
): {
  cursor(): number | null;
} {
  let cursor: number | null = null;
  const ring = h('div', { class: 'kb-cursor', hidden: true, 'aria-hidden': 'true' });
  const said = h('div', { class: 'qm-sr', 'aria-live': 'polite', 'data-testid': 'network-cursor' });
  stage.append(ring, said);
  stage.setAttribute('aria-label', 'Network: arrow keys move between organisations, Enter inspects, Shift+arrows pan');

  const place = (): void => {
    if (cursor === null || document.activeElement !== stage) {
      ring.hidden = true;
      return;
    }
    const s = stage.getBoundingClientRect();
    const p = view.pagePosition(cursor);
    const r = Math.max(10, view.r[cursor] * view.camera.scale + 6);
    ring.hidden = false;
    ring.style.setProperty('--x', `${p.x - s.left}px`);
    ring.style.setProperty('--y', `${p.y - s.top}px`);
    ring.style.setProperty('--r', `${r}px`);
    requestAnimationFrame(place);
  };
  const moveTo = (i: number): void => {
    cursor = i;
    const node = view.catalogue?.nodes[i];
    if (node)
      said.textContent = `${node.name}, ${KIND_STYLE[node.kind].label.toLowerCase()}, ${node.areaName}. Enter to inspect.`;
    stage.dataset.cursor = String(i);
    place();
  };
  const centre = (): number | null => {
    const nodes = clickableNodes(stage, view);
    if (!nodes.length) return null;
    const s = stage.getBoundingClientRect();
    const cx = s.left + s.width / 2,
      cy = s.top + s.height / 2;
    // Start on the organisation nearest the middle that is not a practice (there are many of those).
    const pool = nodes.some((n) => n.type !== 'practice') ? nodes.filter((n) => n.type !== 'practice') : nodes;
    return pool.reduce((a, b) => (Math.hypot(b.x - cx, b.y - cy) < Math.hypot(a.x - cx, a.y - cy) ? b : a)).index;
  };

  stage.addEventListener('focus', () => {
    if (cursor === null || !view.isVisible(cursor)) {
      const c = centre();
      if (c !== null) moveTo(c);
    } else place();
  });
  stage.addEventListener('blur', () => {
    ring.hidden = true;
  });
  stage.addEventListener('keydown', (e) => {
    if (e.target !== stage || e.ctrlKey || e.metaKey || e.altKey) return;
    const dir = DIRS[e.key];
    if (dir) {
      e.preventDefault();
      if (e.shiftKey) {
        view.camera.pan(-dir[0] * ARROW_PAN, -dir[1] * ARROW_PAN);
        return;
      }
      const nodes = clickableNodes(stage, view);
      const from = cursor !== null ? nodes.find((n) => n.index === cursor) : undefined;
      const next = from ? nearestInDirection(nodes, from, dir[0], dir[1]) : centre();
      if (next !== null) moveTo(next);
    } else if (e.key === 'Enter' && cursor !== null) {
      e.preventDefault();
      select(cursor);
    }
  });
  return { cursor: () => cursor };
}
