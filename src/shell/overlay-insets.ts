// Room to keep clear when fitting the network: each open overlay on the network (the legend, a
// story card) takes a strip along the edge it sits against — whichever side costs the network
// less — so "show everything" never puts an organisation under one.

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Insets that keep the boxes (in the stage's coordinates) clear of a stage `width` × `height`,
 * choosing for each box the side whose strip leaves the network (`content` wide and high, in
 * any unit) the largest fit. Overlays are few (the legend, a story card, the zoom buttons), so
 * every choice of sides is tried.
 */
export function insetsFor(
  boxes: Box[],
  width: number,
  height: number,
  gap = 8,
  content: { width: number; height: number } = { width: 1, height: 1 },
): Insets {
  const live = boxes.filter((b) => b.right > b.left && b.bottom > b.top);
  const strips = live.map((b): [keyof Insets, number][] => [
    ['left', b.right + gap],
    ['right', width - b.left + gap],
    ['top', b.bottom + gap],
    ['bottom', height - b.top + gap],
  ]);
  let best: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
  let bestScale = -Infinity;
  let bestArea = -Infinity;
  const combos = 4 ** strips.length;
  for (let k = 0; k < combos; k++) {
    const out: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
    let code = k;
    for (const options of strips) {
      const [side, px] = options[code % 4];
      code = Math.floor(code / 4);
      out[side] = Math.max(out[side], px);
    }
    const w = width - out.left - out.right,
      h = height - out.top - out.bottom;
    if (w <= 0 || h <= 0) continue;
    const scale = Math.min(w / Math.max(1e-9, content.width), h / Math.max(1e-9, content.height));
    // Ties (the scale set by one dimension) go to the choice that leaves the most room.
    if (scale > bestScale + 1e-9 || (Math.abs(scale - bestScale) <= 1e-9 && w * h > bestArea)) {
      bestScale = scale;
      bestArea = w * h;
      best = out;
    }
  }
  return best;
}

/** The boxes of the stage's open overlays (elements marked `data-overlay`), in stage pixels. */
export function overlayBoxes(stage: HTMLElement): Box[] {
  const s = stage.getBoundingClientRect();
  const boxes: Box[] = [];
  for (const el of stage.querySelectorAll<HTMLElement>('[data-overlay]')) {
    if (el.hidden || el.offsetParent === null) continue;
    const r = el.getBoundingClientRect();
    boxes.push({ left: r.left - s.left, top: r.top - s.top, right: r.right - s.left, bottom: r.bottom - s.top });
  }
  return boxes;
}
