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

/** Insets that keep the boxes (in the stage's coordinates) clear of a stage `width` × `height`. */
export function insetsFor(boxes: Box[], width: number, height: number, gap = 8): Insets {
  const out: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const b of boxes) {
    if (b.right <= b.left || b.bottom <= b.top) continue;
    // The strips that would clear this box, as a share of the stage each would take.
    const options: [keyof Insets, number, number][] = [
      ['left', b.right + gap, (b.right + gap) / width],
      ['right', width - b.left + gap, (width - b.left + gap) / width],
      ['top', b.bottom + gap, (b.bottom + gap) / height],
      ['bottom', height - b.top + gap, (height - b.top + gap) / height],
    ];
    options.sort((x, y) => x[2] - y[2]);
    const [side, px] = options[0];
    out[side] = Math.max(out[side], px);
  }
  return out;
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
