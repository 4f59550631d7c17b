import { describe, expect, it } from "vitest";
import { extractionRefusal, MAX_EXTRACT_BYTES } from "./extract-audio";

describe("extractionRefusal", () => {
  it("accepts files up to 1 GB and refuses larger ones with their size and what to do", () => {
    expect(extractionRefusal({ size: 0 })).toBeNull();
    expect(extractionRefusal({ size: MAX_EXTRACT_BYTES })).toBeNull();
    expect(extractionRefusal({ size: MAX_EXTRACT_BYTES + 1 })).toMatch(/^This file is 1\.0 GB; .* up to 1 GB\. Trim it to this answer first\.$/);
    expect(extractionRefusal({ size: 2.5 * 1024 ** 3 })).toMatch(/^This file is 2\.5 GB;/);
  });
});
