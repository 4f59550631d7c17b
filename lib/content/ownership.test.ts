import { describe, expect, it } from "vitest";
import { actionVerb } from "./action-verbs";
import { ownership } from "./ownership";

describe("ownership", () => {
  it("counts first-person singular against plural", () => {
    const result = ownership("We planned it together, but I led the rollout and my team followed. Our users liked it; we were glad.");
    expect(result.i).toBe(2); // I, my
    expect(result.we).toBe(3); // We, Our, we
    expect(result.iShare).toBe(0.4);
  });

  it("is null with no first person at all", () => {
    expect(ownership("The system was migrated.").iShare).toBeNull();
  });

  it("finds action verbs in any form, including irregular pasts", () => {
    const result = ownership("I led the team, built a prototype, organized the tests and am organising the next ones.");
    // "organized" and "organising" are one verb; "prototype" and "tests" are nouns here.
    expect(result.actionVerbs.items).toEqual([
      { verb: "organise", count: 2 },
      { verb: "build", count: 1 },
      { verb: "lead", count: 1 },
    ]);
    expect(result.actionVerbs.count).toBe(4);
  });

  it("maps words to base verbs", () => {
    expect(actionVerb("negotiated")).toBe("negotiate");
    expect(actionVerb("wrote")).toBe("write");
    expect(actionVerb("table")).toBeNull();
    expect(actionVerb("test")).toBeNull();
    expect(actionVerb("test", "to")).toBe("test");
  });
});
