import { prepareMediaFixtures } from "./media-fixtures";

/** Runs once before the browsers start, so launch arguments can point at the fixture files. */
export default function globalSetup() {
  prepareMediaFixtures();
}
