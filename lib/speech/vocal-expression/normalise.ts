// Level normalisation of a window (pure). RAVDESS has actors recorded near -40 dBFS, and browsers'
// microphones vary as much: the classifier should see the voice, not the gain.

/** Target RMS of the loudest half of the window's 25-ms frames (-20 dBFS). */
const TARGET_RMS = 0.1;
const FRAME = 400;

export function normaliseLevel(x: Float32Array): Float32Array {
  const energies: number[] = [];
  for (let off = 0; off + FRAME <= x.length; off += FRAME) {
    let e = 0;
    for (let i = off; i < off + FRAME; i++) e += x[i]! * x[i]!;
    energies.push(e / FRAME);
  }
  if (energies.length === 0) return Float32Array.from(x);
  energies.sort((a, b) => b - a);
  const loud = energies.slice(0, Math.max(1, Math.ceil(energies.length / 2)));
  const rms = Math.sqrt(loud.reduce((a, b) => a + b, 0) / loud.length);
  const gain = rms > 1e-6 ? TARGET_RMS / rms : 1;
  return Float32Array.from(x, (v) => v * gain);
}
