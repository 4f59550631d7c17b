import { describe, expect, it } from "vitest";
import { countOf, personLabel } from "./person-label";

describe("personLabel and countOf", () => {
  it("tells two people with one name apart", () => {
    const a = personLabel({ name: "Sam Lee", email: "sam@a.example" });
    const b = personLabel({ name: "Sam Lee", email: "sam@b.example" });
    expect(a).not.toBe(b);
    expect(a).toContain("Sam Lee");
  });
  it("agrees in number", () => {
    expect(countOf(1, "candidate")).toBe("1 candidate");
    expect(countOf(0, "candidate")).toBe("0 candidates");
    expect(countOf(3, "candidate")).toBe("3 candidates");
  });
});
