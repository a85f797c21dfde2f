// Hover tooltip and click-to-select on the network (picking through the view's spatial index).
import { NODE_FLAG } from '../engine/api';
import { KIND_STYLE } from '../render/palette';
import type { NetworkView } from '../render/network';
import type { Runner } from './runner';
import { h } from '../ui/dom';

export function mountTooltip(
  stage: HTMLElement,
  view: NetworkView,
  runner: Runner,
  select: (i: number | null) => void,
): void {
  const tip = h('div', { class: 'tooltip', 'data-testid': 'tooltip', hidden: true });
  stage.append(tip);
  let shown = -1;

  const at = (e: PointerEvent | MouseEvent): number | null => view.pick(e.clientX, e.clientY);

  stage.addEventListener('pointermove', (e) => {
    if (e.buttons) {
      tip.hidden = true;
      return;
    }
    const i = at(e);
    stage.style.cursor = i == null ? '' : 'pointer';
    if (i == null) {
      tip.hidden = true;
      shown = -1;
      return;
    }
    const cat = view.catalogue,
      f = runner.frame;
    if (!cat) return;
    if (i !== shown) {
      shown = i;
      const n = cat.nodes[i];
      const flags = f && f.nodeCount === cat.nodes.length ? f.nodeFlags[i] : 0;
      const notes = [
        flags & NODE_FLAG.failed ? 'failed' : '',
        flags & NODE_FLAG.inactive && !(flags & NODE_FLAG.failed) ? 'no longer active' : '',
        flags & NODE_FLAG.deficit ? 'in deficit' : '',
        flags & NODE_FLAG.bailedOut ? 'bailed out' : '',
      ].filter(Boolean);
      tip.replaceChildren(
        h('b', { text: n.name }),
        h('span', {
          text: `${KIND_STYLE[n.kind].label} · ${n.areaName} · ${n.id}${notes.length ? ` · ${notes.join(', ')}` : ''}`,
        }),
      );
    }
    const r = stage.getBoundingClientRect();
    const x = e.clientX - r.left + 14,
      y = e.clientY - r.top + 14;
    tip.style.left = `${Math.min(x, r.width - 290)}px`;
    tip.style.top = `${Math.min(y, r.height - 50)}px`;
    tip.hidden = false;
  });
  stage.addEventListener('pointerleave', () => {
    tip.hidden = true;
    shown = -1;
  });
  stage.addEventListener('click', (e) => {
    if (view.input.consumeDrag()) return;
    if ((e.target as HTMLElement).closest('.legend, .crash, .zoom')) return;
    select(at(e));
  });
}
