// Colour-vision-deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1.0,
// applied to linear RGB) and CIE76 colour difference in CIELAB (D65), for palette tests.
const MACHADO = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
} as const;
export type Vision = 'normal' | keyof typeof MACHADO;

const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** Linear RGB (0–1) of a 0xRRGGBB colour as a viewer with this vision sees it. */
export function simulate(rgb: number, vision: Vision): [number, number, number] {
  const lin = [(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255].map((v) => toLinear(v / 255));
  if (vision === 'normal') return lin as [number, number, number];
  const m = MACHADO[vision];
  return m.map((row) => Math.min(1, Math.max(0, row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2]))) as [
    number,
    number,
    number,
  ];
}

export function lab([r, g, b]: [number, number, number]): [number, number, number] {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 ΔE between two colours as seen with a vision. */
export function deltaE(a: number, b: number, vision: Vision): number {
  const p = lab(simulate(a, vision)),
    q = lab(simulate(b, vision));
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
