// All edges in one mesh: four vertices per edge, each carrying both end points, so the vertex
// shader extrudes the quad (a hairline at any zoom without CPU work on zoom). The CPU rewrites
// one typed buffer in place; nothing is rebuilt or redrawn object by object. (Instanced quads
// would carry a quarter of the data, but software WebGL runs each instance as its own draw:
// 9k edges fell to 4 frames a second.)
import { Buffer, BufferUsage, Geometry, Mesh, Shader, UniformGroup } from 'pixi.js';

const FLOATS = 7; // per vertex: x1 y1 x2 y2 width rgba(unorm8x4) pattern
const STRIDE = FLOATS * 4;
const VERTS = 4;

const vertex = /* glsl */ `
in vec2 aCorner;
in vec2 aStart;
in vec2 aEnd;
in float aWidth;
in vec4 aColor;
in float aPattern;
out vec4 vColor;
out float vAlong;
out float vAcross;
out float vPattern;
out float vWidthPx;
uniform mat3 uProjectionMatrix;
uniform mat3 uWorldTransformMatrix;
uniform mat3 uTransformMatrix;
uniform float uMinWidth;
uniform float uPxPerWorld;
void main() {
  vec2 d = aEnd - aStart;
  float len = length(d);
  vec2 n = len > 0.0 ? vec2(-d.y, d.x) / len : vec2(0.0, 1.0);
  float w = max(aWidth, uMinWidth);
  vec2 p = mix(aStart, aEnd, aCorner.x) + n * (aCorner.y * 0.5 * w);
  mat3 mvp = uProjectionMatrix * uWorldTransformMatrix * uTransformMatrix;
  gl_Position = vec4((mvp * vec3(p, 1.0)).xy, 0.0, 1.0);
  // Thin lines fade instead of vanishing below a pixel.
  float fade = clamp(aWidth / uMinWidth, 0.35, 1.0);
  vColor = vec4(aColor.rgb * aColor.a * fade, aColor.a * fade);
  // Position along the edge in screen pixels, and across it, for its stroke pattern (palette.ts PATTERN_ID).
  vAlong = aCorner.x * len * uPxPerWorld;
  vAcross = aCorner.y;
  vPattern = aPattern;
  vWidthPx = w * uPxPerWorld;
}`;

// Patterns in screen pixels: 1 long dashes, 2 dots, 3 a double line (where wide enough to
// show), 4 dashes, 5 dash-dot-dot; 0 solid. The legend draws the same (PATTERN_DASH).
const fragment = /* glsl */ `
in vec4 vColor;
in float vAlong;
in float vAcross;
in float vPattern;
in float vWidthPx;
out vec4 finalColor;
void main() {
  float d = vAlong;
  int p = int(vPattern + 0.5);
  bool on = true;
  if (p == 1) on = mod(d, 17.0) < 12.0;
  else if (p == 2) on = mod(d, 6.0) < 2.5;
  else if (p == 3) on = vWidthPx < 3.0 || abs(vAcross) > 0.34;
  else if (p == 4) on = mod(d, 9.0) < 5.0;
  else if (p == 5) {
    float m = mod(d, 17.5);
    on = m < 6.0 || (m >= 8.5 && m < 10.5) || (m >= 13.0 && m < 15.0);
  }
  if (!on) discard;
  finalColor = vColor;
}`;

export class EdgeLayer {
  readonly mesh: Mesh<Geometry, Shader>;
  private readonly buffer: Buffer;
  private readonly corners: Buffer;
  private readonly index: Buffer;
  private readonly geometry: Geometry;
  private readonly uniforms: UniformGroup<{
    uMinWidth: { value: number; type: 'f32' };
    uPxPerWorld: { value: number; type: 'f32' };
  }>;
  private data: Float32Array;
  private u32: Uint32Array;
  private capacity: number;
  count = 0;

  constructor(capacity = 1024) {
    this.capacity = capacity;
    this.data = new Float32Array(capacity * VERTS * FLOATS);
    this.u32 = new Uint32Array(this.data.buffer);
    this.buffer = new Buffer({ data: this.data, usage: BufferUsage.VERTEX | BufferUsage.COPY_DST });
    this.corners = new Buffer({ data: cornerData(capacity), usage: BufferUsage.VERTEX | BufferUsage.COPY_DST });
    this.index = new Buffer({ data: indexData(capacity), usage: BufferUsage.INDEX | BufferUsage.COPY_DST });
    const at = (offset: number, format: 'float32' | 'float32x2' | 'unorm8x4') => ({
      buffer: this.buffer,
      format,
      stride: STRIDE,
      offset,
    });
    this.geometry = new Geometry({
      attributes: {
        aCorner: { buffer: this.corners, format: 'float32x2' },
        aStart: at(0, 'float32x2'),
        aEnd: at(8, 'float32x2'),
        aWidth: at(16, 'float32'),
        aColor: at(20, 'unorm8x4'),
        aPattern: at(24, 'float32'),
      },
      indexBuffer: this.index,
    });
    this.uniforms = new UniformGroup({
      uMinWidth: { value: 1, type: 'f32' },
      uPxPerWorld: { value: 1, type: 'f32' },
    });
    const shader = Shader.from({ gl: { vertex, fragment }, resources: { edgeUniforms: this.uniforms } });
    this.mesh = new Mesh({ geometry: this.geometry, shader });
    this.mesh.visible = false;
  }

  /** Makes room for n edges (grows the buffers; contents are rewritten by the caller). */
  reserve(n: number): void {
    if (n <= this.capacity) return;
    this.capacity = Math.ceil(n * 1.5);
    this.data = new Float32Array(this.capacity * VERTS * FLOATS);
    this.u32 = new Uint32Array(this.data.buffer);
    this.buffer.data = this.data;
    this.corners.data = cornerData(this.capacity);
    this.index.data = indexData(this.capacity);
  }

  /** Writes edge i. Colour 0xRRGGBB and alpha 0–1 (premultiplied in the shader); pattern as PATTERN_ID. */
  set(
    i: number,
    x1: number,
    y1: number,
    x2: number,
    y2: number,
    width: number,
    rgb: number,
    alpha: number,
    pattern = 0,
  ): void {
    const d = this.data,
      u = this.u32;
    // unorm8x4 reads bytes r,g,b,a in memory order: little-endian ABGR as a Uint32.
    const c =
      (((Math.round(alpha * 255) & 255) << 24) |
        ((rgb & 255) << 16) |
        (((rgb >> 8) & 255) << 8) |
        ((rgb >> 16) & 255)) >>>
      0;
    let o = i * VERTS * FLOATS;
    for (let v = 0; v < VERTS; v++, o += FLOATS) {
      d[o] = x1;
      d[o + 1] = y1;
      d[o + 2] = x2;
      d[o + 3] = y2;
      d[o + 4] = width;
      u[o + 5] = c;
      d[o + 6] = pattern;
    }
  }

  /** Only the end points of edge i (width and colour unchanged). */
  move(i: number, x1: number, y1: number, x2: number, y2: number): void {
    const d = this.data;
    let o = i * VERTS * FLOATS;
    for (let v = 0; v < VERTS; v++, o += FLOATS) {
      d[o] = x1;
      d[o + 1] = y1;
      d[o + 2] = x2;
      d[o + 3] = y2;
    }
  }

  commit(count: number): void {
    this.count = count;
    this.geometry.indexCount = count * 6;
    this.mesh.visible = count > 0;
    this.buffer.update(count * VERTS * STRIDE);
  }

  /** Minimum drawn width in world units (a hairline at the current zoom). */
  set minWidth(w: number) {
    this.uniforms.uniforms.uMinWidth = w;
  }

  /** The zoom (CSS pixels per world unit): patterns keep their size on screen. */
  set pxPerWorld(k: number) {
    this.uniforms.uniforms.uPxPerWorld = k;
  }
}

function cornerData(n: number): Float32Array {
  const a = new Float32Array(n * VERTS * 2);
  for (let i = 0; i < n; i++) a.set([0, -1, 1, -1, 1, 1, 0, 1], i * 8);
  return a;
}

function indexData(n: number): Uint32Array {
  const a = new Uint32Array(n * 6);
  for (let i = 0; i < n; i++) {
    const v = i * 4;
    a.set([v, v + 1, v + 2, v, v + 2, v + 3], i * 6);
  }
  return a;
}
