/**
 * The face models the vision engine loads, in lib/vision/model-registry.ts's entry shape (that file
 * belongs to the emotion work; these entries can be appended to MODEL_REGISTRY there). Pure data:
 * safe in the browser, a worker, the server and Node.
 */
import { MEDIAPIPE_FACE } from "../models/training-data";
import type { ModelEntry } from "./model-registry";
import type { ModelRef } from "./schemas";

const HUMAN = "@vladmandic/human@3.3.6";

export const FACE_MODELS = {
  blazeface: {
    id: "blazeface",
    kind: "tfjs-graph",
    task: "face-detector",
    path: "/models/human/blazeface.json",
    files: [
      { path: "/models/human/blazeface.json", sha256: "cd7bbfc078270572beb39f9e5ae67aadbd50b5e67cff37e6d4f6b3ea39312e5f", sizeBytes: 79038 },
      { path: "/models/human/blazeface.bin", sha256: "dc9a97fdc50bc43216554bdd69aa3e7b9361a519ee7bdd996a2f69a98a6f9b72", sizeBytes: 538928 },
    ],
    version: `${HUMAN} models/blazeface`,
    source: "MediaPipe BlazeFace (front camera), converted by @vladmandic/human",
    license: "Apache-2.0 (MediaPipe); MIT (@vladmandic/human)",
    trainedOn: MEDIAPIPE_FACE,
  },
  facemesh: {
    id: "facemesh",
    kind: "tfjs-graph",
    task: "face-mesh",
    path: "/models/human/facemesh.json",
    files: [
      { path: "/models/human/facemesh.json", sha256: "b60ca26f404724f43bd2b1575761d8265180e1f053cc0731caa68462927309e7", sizeBytes: 95845 },
      { path: "/models/human/facemesh.bin", sha256: "3826da640b0a3021161605369ee6af293f75d518040355b960ec71a3390c1c0b", sizeBytes: 1477958 },
    ],
    version: `${HUMAN} models/facemesh`,
    source: "MediaPipe FaceMesh (468 landmarks), converted by @vladmandic/human",
    license: "Apache-2.0 (MediaPipe); MIT (@vladmandic/human)",
    trainedOn: MEDIAPIPE_FACE,
  },
  iris: {
    id: "iris",
    kind: "tfjs-graph",
    task: "iris",
    path: "/models/human/iris.json",
    files: [
      { path: "/models/human/iris.json", sha256: "49038ac9dcc09aa05474d91d98e9db5b47af4830929bcf102ed5a56bfbabb465", sizeBytes: 122025 },
      { path: "/models/human/iris.bin", sha256: "d7f296d184274213d4642681ae186112cbbec77fd2ab066257d3c56a1940bc71", sizeBytes: 2599092 },
    ],
    version: `${HUMAN} models/iris`,
    source: "MediaPipe Iris, converted by @vladmandic/human",
    license: "Apache-2.0 (MediaPipe); MIT (@vladmandic/human)",
    trainedOn: MEDIAPIPE_FACE,
  },
  "face-landmarker": {
    id: "face-landmarker",
    kind: "mediapipe-task",
    task: "face-landmarker",
    // Not shipped: served from FACE_LANDMARKER_MODEL when configured.
    path: "face_landmarker.task",
    files: [],
    version: "@mediapipe/tasks-vision@0.10.35 face_landmarker.task",
    source: "MediaPipe FaceLandmarker (478 landmarks, 52 blendshapes)",
    license: "Apache-2.0 (Google)",
    trainedOn: MEDIAPIPE_FACE,
  },
} as const satisfies Record<string, ModelEntry>;

export type FaceModelId = keyof typeof FACE_MODELS;

export function modelRef(entry: { id: string; version: string }): ModelRef {
  return { id: entry.id, version: entry.version };
}
