// Test-only: a valid stored vocal-expression result with a chosen distribution (validated by the zod schema).
import { VOCAL_CLASSES, type VocalClass } from "./classes";
import { vocalExpressionSchema, type VocalExpression } from "./schema";

export function makeVocalExpression(shares: Partial<Record<VocalClass, number>>, voicedSec = 40): VocalExpression {
  const distribution = Object.fromEntries(VOCAL_CLASSES.map((c) => [c, shares[c] ?? 0])) as Record<VocalClass, number>;
  const n = Math.max(1, Math.round(voicedSec / 2.5));
  return vocalExpressionSchema.parse({
    model: { id: "rehearse-voice", version: "rehearse-voice-test", sha256: "0".repeat(64) },
    windows: Array.from({ length: n }, (_, i) => ({ start: i * 2.5, end: (i + 1) * 2.5, probabilities: distribution })),
    distribution,
    dominant: VOCAL_CLASSES.reduce((a, b) => (distribution[b] > distribution[a] ? b : a)),
    voicedSec,
    processingMs: 300,
  });
}
