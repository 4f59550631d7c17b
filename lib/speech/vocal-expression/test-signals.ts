// Generated audio for the unit tests (no recordings needed).

export function sine(hz: number, seconds: number, sampleRate: number, amplitude = 0.5): Float32Array {
  return Float32Array.from({ length: Math.round(seconds * sampleRate) }, (_, i) => amplitude * Math.sin((2 * Math.PI * hz * i) / sampleRate));
}

/** A voiced-like tone: fundamental plus decaying harmonics, pitch gliding linearly from f0 to f1. */
export function glide(f0: number, f1: number, seconds: number, sampleRate: number, amplitude = 0.3): Float32Array {
  const n = Math.round(seconds * sampleRate);
  const out = new Float32Array(n);
  let phase = 0;
  for (let i = 0; i < n; i++) {
    const f = f0 + ((f1 - f0) * i) / n;
    phase += (2 * Math.PI * f) / sampleRate;
    let v = 0;
    for (let h = 1; h <= 5; h++) v += Math.sin(h * phase) / h;
    out[i] = amplitude * 0.5 * v;
  }
  return out;
}

/** Deterministic white noise (xorshift), so tests never flake. */
export function noise(seconds: number, sampleRate: number, amplitude = 0.1): Float32Array {
  let s = 12345;
  return Float32Array.from({ length: Math.round(seconds * sampleRate) }, () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return amplitude * (((s >>> 0) / 4294967296) * 2 - 1);
  });
}
