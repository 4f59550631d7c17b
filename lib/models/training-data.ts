/**
 * What each model was trained on, and the terms of that data, as the model cards state them.
 * Pure data, shared by the vision and speech registries. Where a publisher does not say what it
 * trained on, the entry says so instead of guessing.
 */
export interface TrainingData {
  /** The data the weights were learned from. */
  data: string;
  /** The data's licence or terms of use, and what that means for the weights. */
  terms: string;
}

export const FER2013: TrainingData = {
  data: "FER2013 Training split: 28,709 48×48 greyscale faces found with Google image search and labelled with seven expressions, released by Goodfellow et al. for the ICML 2013 representation-learning challenge on Kaggle",
  terms:
    "no licence was published with FER2013; the images belong to their photographers and the challenge allowed research use only, so these weights carry that restriction in practice",
};

export const MEDIAPIPE_FACE: TrainingData = {
  data: "face images collected and annotated by Google, described in MediaPipe's model cards; the data set itself is not published",
  terms: "Google's own data, not licensed to others; Google publishes the weights under Apache-2.0",
};
