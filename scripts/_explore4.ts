import * as tf from "@tensorflow/tfjs";
import { initNodeWasmBackend } from "@/lib/vision/node-model-loader";
import { loadHumanModel } from "@/lib/vision/node/human-models";
await initNodeWasmBackend(tf);
const det = await loadHumanModel("blazeface"), mesh = await loadHumanModel("facemesh"), iris = await loadHumanModel("iris"), emo = await loadHumanModel("emotion");
const frame = tf.randomUniform([1, 360, 640, 3], 0, 255);
const params = tf.tensor2d([[1.2, 0, 100, 0, 1.2, 50, 0, 0]]);
const bench = async (name: string, fn: () => tf.Tensor | tf.Tensor[]) => {
  for (let i = 0; i < 3; i++) { const o = fn(); await (Array.isArray(o) ? o[0]! : o).data(); tf.dispose(o); }
  const t = performance.now(); const n = 20;
  for (let i = 0; i < n; i++) { const o = fn(); await (Array.isArray(o) ? o[0]! : o).data(); tf.dispose(o); }
  console.log(name, ((performance.now() - t) / n).toFixed(1), "ms");
};
await bench("tensor4d 640x360", () => tf.tensor4d(new Float32Array(640 * 360 * 3), [1, 360, 640, 3]));
await bench("transform 192", () => tf.image.transform(frame as tf.Tensor4D, params, "bilinear", "constant", 0, [192, 192]));
await bench("transform 256", () => tf.image.transform(frame as tf.Tensor4D, params, "bilinear", "constant", 0, [256, 256]));
await bench("resizeBilinear 256", () => tf.image.resizeBilinear(frame as tf.Tensor4D, [256, 256]));
await bench("cropAndResize 192", () => tf.image.cropAndResize(frame as tf.Tensor4D, [[0.1, 0.1, 0.6, 0.5]], [0], [192, 192]));
await bench("blazeface", () => det.execute(tf.zeros([1, 256, 256, 3])) as tf.Tensor[]);
await bench("facemesh", () => mesh.execute(tf.zeros([1, 192, 192, 3])) as tf.Tensor[]);
await bench("iris x2", () => iris.execute(tf.zeros([2, 64, 64, 3])) as tf.Tensor);
await bench("emotion", () => emo.execute(tf.zeros([1, 64, 64, 1])) as tf.Tensor);
