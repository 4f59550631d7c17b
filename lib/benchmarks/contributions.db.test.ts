import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createBank } from "@/lib/testing/factories";
import { aggregateOf, emptyAggregate, percentileOf, quantize } from "./aggregate";
import { getMetric, METRICS } from "./catalogue";
import {
  lookupPercentiles,
  lookupPercentilesMany,
  recordAnswerContributions,
  removeAnswerContributions,
  removeCandidateContributions,
} from "./contributions";
import { aggregateRow, createCandidate, createScoredAnswer, storeResults } from "./test-db-helpers";

const wpmBins = getMetric("speech.wpm")!.bins;
const record = (answerId: string) => db().$transaction((tx) => recordAnswerContributions(tx, answerId));

describe("recordAnswerContributions", () => {
  it("counts an opted-in candidate's answer in the question and bank aggregates", async () => {
    const bank = await createBank();
    const q = bank.questions[0]!;
    const candidate = await createCandidate(true);
    const answer = await createScoredAnswer(candidate, bank.id, q.id, { wpm: 152.3, eyeContact: 0.7 });

    const result = await record(answer.id);
    expect(result.counted).toBe(METRICS.length);
    const expected = aggregateOf(wpmBins, [152.3]);
    expect(await aggregateRow("QUESTION", q.id, "speech.wpm")).toEqual(expected);
    expect(await aggregateRow("BANK", bank.id, "speech.wpm")).toEqual(expected);
    const stored = await db().benchmarkContribution.findUnique({ where: { answerId_metric: { answerId: answer.id, metric: "speech.wpm" } } });
    expect(stored).toMatchObject({ value: quantize(152.3), questionId: q.id, bankId: bank.id });
  });

  it("counts nothing for a candidate who has not opted in", async () => {
    const bank = await createBank();
    const q = bank.questions[0]!;
    const answer = await createScoredAnswer(await createCandidate(false), bank.id, q.id, { wpm: 150, eyeContact: 0.7 });
    expect(await record(answer.id)).toEqual({ counted: 0, removed: 0, skipped: "not-opted-in" });
    expect(await aggregateRow("QUESTION", q.id, "speech.wpm")).toBeNull();
    expect(await db().benchmarkContribution.count({ where: { answerId: answer.id } })).toBe(0);
  });

  it("replaces the previous contribution when an answer is re-scored", async () => {
    const bank = await createBank();
    const q = bank.questions[0]!;
    const candidate = await createCandidate(true);
    const answer = await createScoredAnswer(candidate, bank.id, q.id, { wpm: 120, eyeContact: 0.5 });
    await record(answer.id);
    await storeResults(answer.id, { wpm: 170, eyeContact: 0.9 });
    const again = await record(answer.id);
    expect(again.removed).toBe(METRICS.length);
    expect(await aggregateRow("QUESTION", q.id, "speech.wpm")).toEqual(aggregateOf(wpmBins, [170]));
    expect(await aggregateRow("QUESTION", q.id, "vision.eye-contact")).toEqual(aggregateOf(getMetric("vision.eye-contact")!.bins, [90]));
  });

  it("changes nothing when the surrounding transaction rolls back", async () => {
    const bank = await createBank();
    const q = bank.questions[0]!;
    const answer = await createScoredAnswer(await createCandidate(true), bank.id, q.id, { wpm: 150, eyeContact: 0.7 });
    await expect(
      db().$transaction(async (tx) => {
        await recordAnswerContributions(tx, answer.id);
        throw new Error("storing the results failed");
      }),
    ).rejects.toThrow("storing the results failed");
    expect(await aggregateRow("QUESTION", q.id, "speech.wpm")).toBeNull();
    expect(await db().benchmarkContribution.count({ where: { answerId: answer.id } })).toBe(0);
  });

  it("loses no update when several answers to one question are recorded at once", async () => {
    const bank = await createBank();
    const q = bank.questions[0]!;
    const paces = [110, 125, 140, 155, 170, 185];
    const answers = [];
    for (const wpm of paces) answers.push(await createScoredAnswer(await createCandidate(true), bank.id, q.id, { wpm, eyeContact: 0.6 }));
    await Promise.all(answers.map((a) => record(a.id)));
    expect(await aggregateRow("QUESTION", q.id, "speech.wpm")).toEqual(aggregateOf(wpmBins, paces));
  });
});

describe("removal", () => {
  it("keeps database aggregates equal to recomputation from the remaining answers", async () => {
    const bank = await createBank({ questions: 2 });
    const [q1, q2] = [bank.questions[0]!, bank.questions[1]!];
    const alice = await createCandidate(true);
    const bob = await createCandidate(true);
    // Known pseudo-random paces so a failure is reproducible.
    const paces = [97.3, 131.1, 142.9, 150.0, 155.55, 161.2, 178.4, 199.9, 220.1, 245.7];
    const answers: { id: string; wpm: number; who: { id: string }; q: { id: string } }[] = [];
    for (const [i, wpm] of paces.entries()) {
      const who = i % 2 === 0 ? alice : bob;
      const q = i < 6 ? q1 : q2;
      const a = await createScoredAnswer(who, bank.id, q.id, { wpm, eyeContact: 0.5 + i * 0.04 });
      await record(a.id);
      answers.push({ id: a.id, wpm, who, q });
    }
    const expectFor = async (rest: typeof answers) => {
      const ofQ = (qId: string) => rest.filter((a) => a.q.id === qId).map((a) => a.wpm);
      const asRow = (values: number[]) => (values.length ? aggregateOf(wpmBins, values) : emptyAggregate(wpmBins));
      expect(await aggregateRow("QUESTION", q1.id, "speech.wpm")).toEqual(asRow(ofQ(q1.id)));
      expect(await aggregateRow("QUESTION", q2.id, "speech.wpm")).toEqual(asRow(ofQ(q2.id)));
      expect(await aggregateRow("BANK", bank.id, "speech.wpm")).toEqual(asRow(rest.map((a) => a.wpm)));
    };
    await expectFor(answers);

    // One answer out.
    await db().$transaction((tx) => removeAnswerContributions(tx, answers[3]!.id));
    let rest = answers.filter((_, i) => i !== 3);
    await expectFor(rest);

    // Bob withdraws consent: all of his answers out, Alice's stay.
    const removed = await db().$transaction((tx) => removeCandidateContributions(tx, bob.id));
    expect(removed).toBe(4 * METRICS.length);
    rest = rest.filter((a) => a.who.id !== bob.id);
    await expectFor(rest);
    expect(await db().benchmarkContribution.count({ where: { answer: { candidateId: bob.id } } })).toBe(0);

    // Everyone out: aggregates return to zero, exactly.
    await db().$transaction((tx) => removeCandidateContributions(tx, alice.id));
    await expectFor([]);
  });
});

describe("lookupPercentiles", () => {
  it("says 'not enough data' below 5 answers and reads percentiles from the aggregates from then on", async () => {
    const bank = await createBank({ questions: 2 });
    const [q1, q2] = [bank.questions[0]!, bank.questions[1]!];
    const paces = [120, 135, 145, 150, 165];
    for (const [i, wpm] of paces.entries()) {
      const a = await createScoredAnswer(await createCandidate(true), bank.id, (i < 4 ? q1 : q2).id, { wpm, eyeContact: 0.6 });
      await record(a.id);
    }
    const result = await lookupPercentiles(q1.id, bank.id, { "speech.wpm": 148 });
    expect(result["speech.wpm"]?.question).toEqual({ status: "insufficient", n: 4, needed: 1 });
    const bankView = result["speech.wpm"]?.bank;
    expect(bankView?.status).toBe("ok");
    if (bankView?.status !== "ok") return;
    expect(bankView.n).toBe(5);
    expect(bankView.mean).toBe(143);
    expect(bankView.percentile).toBeCloseTo(percentileOf(aggregateOf(wpmBins, paces), wpmBins, 148)!, 10);
    // Bins of 5 wpm: 120 and 135 lie below the bin [145, 150); 145 is in it and 148 is 3/5 of the
    // way through it -> (2 + 0.6) / 5 = 52%.
    expect(bankView.percentile).toBeCloseTo(52, 10);

    const empty = await lookupPercentiles("no-such-question", "no-such-bank", new Map([["speech.wpm", 150]]));
    expect(empty["speech.wpm"]?.question).toEqual({ status: "insufficient", n: 0, needed: 5 });
    expect(await lookupPercentiles(q1.id, bank.id, {})).toEqual({});

    // A report's answers in one read: each as if looked up alone.
    const many = await lookupPercentilesMany([
      { questionId: q1.id, bankId: bank.id, values: { "speech.wpm": 148 } },
      { questionId: q2.id, bankId: bank.id, values: new Map([["speech.wpm", 170], ["vision.eye-contact", 60]]) },
      { questionId: q2.id, bankId: bank.id, values: {} },
    ]);
    expect(many).toEqual([
      result,
      await lookupPercentiles(q2.id, bank.id, new Map([["speech.wpm", 170], ["vision.eye-contact", 60]])),
      {},
    ]);
    expect(many[1]!["vision.eye-contact"]?.question).toEqual({ status: "insufficient", n: 1, needed: 4 });
  });
});
