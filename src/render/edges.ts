// All edges in one instanced mesh: a unit quad drawn once per edge, stretched between the
// two end points in the vertex shader (as sigma.js does). Per edge the CPU writes nine floats
// into one buffer, rewritten in place; nothing is rebuilt or redrawn object by object.
import { Buffer, BufferUsage, Geometry, Mesh, Shader, UniformGroup } from 'pixi.js';

const FLOATS = 9; // x1 y1 x2 y2 width r g b a
const STRIDE = FLOATS * 4;

const vertex = /* glsl */ `
in vec2 aCorner;
in vec2 aStart;
in vec2 aEnd;
in float aWidth;
in vec4 aColor;
out vec4 vColor;
uniform mat3 uProjectionMatrix;
uniform mat3 uWorldTransformMatrix;
uniform mat3 uTransformMatrix;
uniform float uMinWidth;
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
}`;

const fragment = /* glsl */ `
in vec4 vColor;
out vec4 finalColor;
void main() { finalColor = vColor; }`;

export class EdgeLayer {
  readonly mesh: Mesh<Geometry, Shader>;
  private readonly buffer: Buffer;
  private readonly geometry: Geometry;
  private readonly uniforms: UniformGroup<{ uMinWidth: { value: number; type: 'f32' } }>;
  data: Float32Array;
  count = 0;

  constructor(capacity = 1024) {
    this.data = new Float32Array(capacity * FLOATS);
    this.buffer = new Buffer({ data: this.data, usage: BufferUsage.VERTEX | BufferUsage.COPY_DST });
    const corners = new Buffer({ data: new Float32Array([0, -1, 1, -1, 1, 1, 0, 1]), usage: BufferUsage.VERTEX });
    const inst = (offset: number, format: 'float32' | 'float32x2' | 'float32x4') => ({ buffer: this.buffer, format, stride: STRIDE, offset, instance: true });
    this.geometry = new Geometry({
      attributes: {
        aCorner: { buffer: corners, format: 'float32x2' },
        aStart: inst(0, 'float32x2'),
        aEnd: inst(8, 'float32x2'),
        aWidth: inst(16, 'float32'),
        aColor: inst(20, 'float32x4'),
      },
      indexBuffer: new Uint16Array([0, 1, 2, 0, 2, 3]),
      instanceCount: 0,
    });
    this.uniforms = new UniformGroup({ uMinWidth: { value: 1, type: 'f32' } });
    const shader = Shader.from({ gl: { vertex, fragment }, resources: { edgeUniforms: this.uniforms } });
    this.mesh = new Mesh({ geometry: this.geometry, shader });
    this.mesh.visible = false;
  }

  /** Makes room for n edges (grows the buffer; contents are rewritten by the caller). */
  reserve(n: number): void {
    if (n * FLOATS <= this.data.length) return;
    this.data = new Float32Array(Math.ceil(n * 1.5) * FLOATS);
    this.buffer.data = this.data;
  }

  /** Writes edge i. Colour channels 0–1, alpha premultiplied in the shader. */
  set(i: number, x1: number, y1: number, x2: number, y2: number, width: number, rgb: number, alpha: number): void {
    const o = i * FLOATS, d = this.data;
    d[o] = x1; d[o + 1] = y1; d[o + 2] = x2; d[o + 3] = y2; d[o + 4] = width;
    d[o + 5] = ((rgb >> 16) & 255) / 255; d[o + 6] = ((rgb >> 8) & 255) / 255; d[o + 7] = (rgb & 255) / 255; d[o + 8] = alpha;
  }

  /** Only the end points of edge i (colours unchanged). */
  move(i: number, x1: number, y1: number, x2: number, y2: number): void {
    const o = i * FLOATS, d = this.data;
    d[o] = x1; d[o + 1] = y1; d[o + 2] = x2; d[o + 3] = y2;
  }

  commit(count: number): void {
    this.count = count;
    this.geometry.instanceCount = count;
    this.mesh.visible = count > 0;
    this.buffer.update(count * STRIDE);
  }

  /** Minimum drawn width in world units (a hairline at the current zoom). */
  set minWidth(w: number) { this.uniforms.uniforms.uMinWidth = w; }
}
