// Moonshine encoder embedding of one window: the encoder's last hidden states, mean and standard deviation
// over time (2 x hidden size). No "server-only": the training feature extractor imports it.
import { MOONSHINE, modelPath, type SttModelName } from "../models";
import { getSession, ort } from "../onnx";

/** Moonshine needs at least ~0.1 s; windows are >= 1 s, this only guards odd input. */
const MIN_SAMPLES = 1600;

export async function encoderEmbedding(x: Float32Array, encoderModel: SttModelName, nodeModulesDir: string): Promise<Float32Array> {
  const session = await getSession(modelPath(nodeModulesDir, MOONSHINE[encoderModel].encoder));
  const input = x.length >= MIN_SAMPLES ? x : Float32Array.from({ length: MIN_SAMPLES }, (_, i) => x[i] ?? 0);
  const out = await session.run({ input_values: new ort.Tensor("float32", input, [1, input.length]) });
  const h = out.last_hidden_state as ort.Tensor;
  const [, steps, dim] = h.dims as [number, number, number];
  const data = h.data as Float32Array;
  const v = new Float32Array(2 * dim);
  for (let d = 0; d < dim; d++) {
    let s = 0;
    for (let t = 0; t < steps; t++) s += data[t * dim + d]!;
    const m = s / steps;
    let q = 0;
    for (let t = 0; t < steps; t++) q += (data[t * dim + d]! - m) ** 2;
    v[d] = m;
    v[dim + d] = Math.sqrt(q / steps);
  }
  return v;
}
