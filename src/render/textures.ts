// One atlas texture holding every node shape (white, so particles tint it) and a ring for
// event pulses. A ParticleContainer draws from a single texture source, hence the atlas.
import { CanvasSource, DOMAdapter, Rectangle, Texture } from 'pixi.js';
import { shapePoints, type Shape } from './palette';

/** Pixel radius of a shape in its atlas cell; a node of world radius r is scaled r / SHAPE_R. */
export const SHAPE_R = 26;
const CELL = 64;
const SHAPES: Shape[] = ['square', 'circle', 'triangle', 'diamond', 'pentagon', 'hexagon', 'dot'];

export interface Atlas {
  shape: Record<Shape, Texture>;
  ring: Texture;
  halo: Texture;
}

export function makeAtlas(): Atlas {
  // A canvas from Pixi's adapter: an HTMLCanvasElement on the page, an OffscreenCanvas in a worker.
  const canvas = DOMAdapter.get().createCanvas(CELL * (SHAPES.length + 2), CELL);
  const g = canvas.getContext('2d') as unknown as CanvasRenderingContext2D;
  SHAPES.forEach((s, i) => {
    const cx = i * CELL + CELL / 2,
      cy = CELL / 2;
    g.beginPath();
    const pts = shapePoints(s);
    if (pts)
      pts.forEach(([x, y], k) =>
        k ? g.lineTo(cx + x * SHAPE_R, cy + y * SHAPE_R) : g.moveTo(cx + x * SHAPE_R, cy + y * SHAPE_R),
      );
    else g.arc(cx, cy, SHAPE_R, 0, Math.PI * 2);
    g.closePath();
    g.fillStyle = '#ffffff';
    g.fill();
    if (s !== 'dot') {
      g.lineWidth = 4;
      g.strokeStyle = 'rgba(10,12,16,0.85)';
      g.stroke();
    }
  });
  // Ring (pulses) and halo (selection).
  const rx = SHAPES.length * CELL + CELL / 2;
  g.beginPath();
  g.arc(rx, CELL / 2, SHAPE_R, 0, Math.PI * 2);
  g.lineWidth = 5;
  g.strokeStyle = '#ffffff';
  g.stroke();
  const hx = (SHAPES.length + 1) * CELL + CELL / 2;
  const grad = g.createRadialGradient(hx, CELL / 2, SHAPE_R * 0.6, hx, CELL / 2, SHAPE_R * 1.2);
  grad.addColorStop(0, 'rgba(255,255,255,1)');
  grad.addColorStop(1, 'rgba(255,255,255,0)');
  g.fillStyle = grad;
  g.beginPath();
  g.arc(hx, CELL / 2, SHAPE_R * 1.2, 0, Math.PI * 2);
  g.fill();

  const source = new CanvasSource({ resource: canvas });
  const sub = (i: number): Texture => new Texture({ source, frame: new Rectangle(i * CELL, 0, CELL, CELL) });
  const shape = Object.fromEntries(SHAPES.map((s, i) => [s, sub(i)])) as Record<Shape, Texture>;
  return { shape, ring: sub(SHAPES.length), halo: sub(SHAPES.length + 1) };
}
