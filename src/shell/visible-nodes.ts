// Organisations a click (or the keyboard) can reach: drawn, active, not filtered out and
// inside the network's box, with their page positions.
import { NODE_FLAG, type NodeKind } from '../engine/api';
import type { NetworkView } from '../render/network';
import { MIN_PICK_RADIUS } from '../render/picker';

export interface VisibleNode {
  id: string;
  name: string;
  type: NodeKind;
  x: number;
  y: number;
  index: number;
  /** The footprint's ODS code (null in a fictional area), its name and NHS region. */
  area: string | null;
  areaName: string;
  region: string | null;
}

export function clickableNodes(stage: HTMLElement, view: NetworkView): VisibleNode[] {
  const cat = view.catalogue,
    f = view.frame;
  if (!cat || !f || f.nodeCount !== cat.nodes.length) return [];
  const rect = stage.getBoundingClientRect();
  const out: VisibleNode[] = [];
  for (const n of cat.nodes) {
    if (view.r[n.index] <= MIN_PICK_RADIUS || f.nodeFlags[n.index] & NODE_FLAG.inactive || !view.isVisible(n.index))
      continue;
    const p = view.pagePosition(n.index);
    if (p.x < rect.left || p.y < rect.top || p.x > rect.right || p.y > rect.bottom) continue;
    out.push({
      id: n.id,
      name: n.name,
      type: n.kind,
      x: p.x,
      y: p.y,
      index: n.index,
      area: n.areaCode,
      areaName: n.areaName,
      region: n.region,
    });
  }
  return out;
}

/** The node nearest `from` in a direction (dx, dy unit), within 60° of it; null if none. */
export function nearestInDirection(
  nodes: readonly { x: number; y: number; index: number }[],
  from: { x: number; y: number; index: number },
  dx: number,
  dy: number,
): number | null {
  let best: number | null = null,
    bestScore = Infinity;
  for (const n of nodes) {
    if (n.index === from.index) continue;
    const vx = n.x - from.x,
      vy = n.y - from.y;
    const along = vx * dx + vy * dy;
    const across = Math.abs(vx * dy - vy * dx);
    // Ahead, and within 60° either side of the direction.
    if (along <= 0 || across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = n.index;
    }
  }
  return best;
}
