// The England map's land and lines in one mesh, drawn in one opaque call. Land is triangulated
// once (earcut); each line segment is a quad whose width the vertex shader sets in screen
// pixels, so zooming changes a uniform, never the geometry. Blending is off and the fragment
// shader only passes a colour on: with software WebGL (where a tenth of the screen costs real
// time), a Graphics fill through Pixi's batch shader made England cost more per frame than the
// network on it.
import earcut from 'earcut';
import { Buffer, BufferUsage, Geometry, Mesh, Shader, State, UniformGroup } from 'pixi.js';
import type { MultiPolygon } from '../engine/api';

const vertex = /* glsl */ `
in vec2 aPosition;
in vec2 aEnd;
in vec2 aCorner;
in float aWidth;
in vec4 aColor;
out vec4 vColor;
uniform mat3 uProjectionMatrix;
uniform mat3 uWorldTransformMatrix;
uniform mat3 uTransformMatrix;
uniform float uPixel;
void main() {
  vec2 d = aEnd - aPosition;
  float len = length(d);
  vec2 n = len > 0.0 ? vec2(-d.y, d.x) / len : vec2(0.0);
  vec2 p = mix(aPosition, aEnd, aCorner.x) + n * (aCorner.y * 0.5 * aWidth * uPixel);
  mat3 mvp = uProjectionMatrix * uWorldTransformMatrix * uTransformMatrix;
  gl_Position = vec4((mvp * vec3(p, 1.0)).xy, 0.0, 1.0);
  vColor = aColor;
}`;

const fragment = /* glsl */ `
in vec4 vColor;
out vec4 finalColor;
void main() { finalColor = vColor; }`;

/** Per vertex: start x y, end x y, corner x y, width (CSS pixels), colour (rgba bytes). */
const FLOATS = 8;

/** Collects triangles and line quads, in drawing order (later ones over earlier ones). */
export class MapMeshBuilder {
  private v: number[] = [];
  private colours: number[] = [];
  private idx: number[] = [];

  private vert(x: number, y: number, ex: number, ey: number, cx: number, cy: number, w: number, c: number): number {
    this.v.push(x, y, ex, ey, cx, cy, w, 0);
    this.colours.push(c);
    return this.colours.length - 1;
  }

  /** Fills each polygon of the shapes (holes left out). */
  fill(shapes: readonly MultiPolygon[], colour: number): void {
    const c = rgba(colour);
    for (const shape of shapes)
      for (const poly of shape) {
        const flat = poly.flat();
        const holes: number[] = [];
        let at = 0;
        for (let r = 0; r < poly.length - 1; r++) holes.push((at += poly[r].length / 2));
        const base = this.colours.length;
        for (let i = 0; i < flat.length; i += 2) this.vert(flat[i], flat[i + 1], flat[i], flat[i + 1], 0, 0, 0, c);
        for (const k of earcut(flat, holes)) this.idx.push(base + k);
      }
  }

  /** Draws polylines (flat pairs) `width` CSS pixels wide; `closed` joins each last point to its first. */
  lines(lines: readonly (readonly number[])[], width: number, colour: number, closed = false): void {
    const c = rgba(colour);
    for (const l of lines) {
      const n = l.length / 2;
      for (let i = 0; i < (closed ? n : n - 1); i++) {
        const j = (i + 1) % n;
        const [ax, ay, bx, by] = [l[2 * i], l[2 * i + 1], l[2 * j], l[2 * j + 1]];
        const q = [
          this.vert(ax, ay, bx, by, 0, -1, width, c),
          this.vert(ax, ay, bx, by, 1, -1, width, c),
          this.vert(ax, ay, bx, by, 1, 1, width, c),
          this.vert(ax, ay, bx, by, 0, 1, width, c),
        ];
        this.idx.push(q[0], q[1], q[2], q[0], q[2], q[3]);
      }
    }
  }

  /** The mesh, drawn opaque; `setPixel` tells it the zoom (map units per CSS pixel). */
  build(): { mesh: Mesh<Geometry, Shader>; setPixel(units: number): void } {
    const data = new Float32Array(this.v);
    const u32 = new Uint32Array(data.buffer);
    this.colours.forEach((c, i) => (u32[i * FLOATS + 7] = c));
    const buffer = new Buffer({ data, usage: BufferUsage.VERTEX });
    const at = (offset: number, format: 'float32' | 'float32x2' | 'unorm8x4') => ({
      buffer,
      format,
      stride: FLOATS * 4,
      offset,
    });
    const geometry = new Geometry({
      attributes: {
        aPosition: at(0, 'float32x2'),
        aEnd: at(8, 'float32x2'),
        aCorner: at(16, 'float32x2'),
        aWidth: at(24, 'float32'),
        aColor: at(28, 'unorm8x4'),
      },
      indexBuffer: new Buffer({ data: new Uint32Array(this.idx), usage: BufferUsage.INDEX }),
    });
    const uniforms = new UniformGroup({ uPixel: { value: 1, type: 'f32' } });
    const shader = Shader.from({ gl: { vertex, fragment }, resources: { mapUniforms: uniforms } });
    const mesh = new Mesh({ geometry, shader });
    // Every colour is opaque: no blending, so each pixel is written, never read back.
    const state = State.for2d();
    state.blend = false;
    mesh.state = state;
    return {
      mesh,
      setPixel: (units) => {
        uniforms.uniforms.uPixel = units;
      },
    };
  }
}

/** 0xRRGGBB as the bytes r, g, b, 255 read as one little-endian u32 (unorm8x4). */
function rgba(colour: number): number {
  return ((0xff << 24) | ((colour & 0xff) << 16) | (colour & 0xff00) | ((colour >> 16) & 0xff)) >>> 0;
}
