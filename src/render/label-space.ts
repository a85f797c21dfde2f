// Where names on the network may go: each takes a box, and a name that would overprint one
// already placed is left out (the tooltip and the table have every name).

/** Boxes taken by names so far: a new name goes in only where it overprints none. */
export class LabelSpace {
  private boxes: number[] = [];
  /** Takes the box if it is free; false (and nothing taken) if it overlaps one already taken. */
  take(x0: number, y0: number, x1: number, y1: number): boolean {
    const b = this.boxes;
    for (let k = 0; k < b.length; k += 4)
      if (x0 < b[k + 2] && x1 > b[k] && y0 < b[k + 3] && y1 > b[k + 1]) return false;
    b.push(x0, y0, x1, y1);
    return true;
  }
}
