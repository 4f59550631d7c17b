import { Badge } from "@/components/ui/badge";
import { describeGrade } from "@/lib/content/readability";
import { STAR_PARTS, type StarPart } from "@/lib/content/star";
import { sentences } from "@/lib/content/text";
import type { AnswerContent } from "@/lib/content/answer-content";

const PART_LABEL: Record<StarPart, string> = { situation: "Situation", task: "Task", action: "Action", result: "Result" };
const PART_HINT: Record<StarPart, string> = {
  situation: "No situation cue found: one sentence of where and when sets the scene.",
  task: "No task cue found: say what you had to achieve, or what was at stake.",
  action: "No action cue found: say what you did yourself (\"I ...\").",
  result: "No result cue found: say how it ended, with a number if you have one.",
};
const PART_COLOUR: Record<StarPart, string> = {
  situation: "bg-sky-100",
  task: "bg-violet-100",
  action: "bg-emerald-100",
  result: "bg-amber-100",
};
const SOURCE_TEXT = { typed: "your typed answer", spoken: "the transcript of your spoken answer", document: "your document" } as const;
const LENGTH_TONE = { short: "warning", within: "success", long: "warning" } as const;

function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <div data-testid={testId}>
      <h5 className="text-xs font-semibold uppercase tracking-wide text-muted">{title}</h5>
      <div className="mt-1 text-sm">{children}</div>
    </div>
  );
}

/** The answer's sentences, each STAR cue's sentence tinted with its part's colour. */
function HighlightedText({ content }: { content: AnswerContent }) {
  const partOf = new Map<number, StarPart>();
  for (const part of STAR_PARTS) for (const s of content.analysis.star.parts[part].sentences) if (!partOf.has(s.index)) partOf.set(s.index, part);
  return (
    <p className="whitespace-pre-line text-sm leading-relaxed" data-testid="content-text">
      {sentences(content.text).map((sentence, index) => {
        const part = partOf.get(index);
        return (
          <span key={index}>
            {part ? (
              <mark className={`${PART_COLOUR[part]} rounded px-0.5`} data-star={part} title={PART_LABEL[part]}>
                {sentence}
              </mark>
            ) : (
              sentence
            )}{" "}
          </span>
        );
      })}
    </p>
  );
}

/** What was said: length, structure, ownership, hedges, readability, talking points, common words. */
export function ContentFeedback({ content, documentName }: { content: AnswerContent; documentName?: string | null }) {
  const a = content.analysis;
  const spoken = a.source === "spoken";
  return (
    <section className="space-y-4 rounded-lg border border-slate-200 p-4" aria-label="What was said" data-testid="content-feedback">
      <div>
        <h4 className="font-semibold">What was said</h4>
        <p className="text-xs text-muted">
          From {a.source === "document" && documentName ? `your document ${documentName}` : SOURCE_TEXT[a.source]}. These are
          observations about the words, not a grade of you.
        </p>
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <Section title="Length" testId="content-length">
          <p>
            <Badge tone={LENGTH_TONE[a.length.words.status]}>{a.length.words.status === "within" ? "within the usual range" : a.length.words.status === "short" ? "short" : "long"}</Badge>{" "}
            {a.length.note}
          </p>
        </Section>

        <Section title="Ownership" testId="content-ownership">
          <p>
            &ldquo;I&rdquo; {a.pronouns.i}×, &ldquo;we&rdquo; {a.pronouns.we}×.
            {a.pronouns.we > a.pronouns.i * 2 && a.pronouns.we >= 3 && " Mostly “we”: your own part may be unclear."}
          </p>
          <p className="text-xs text-muted">
            Action verbs: {a.pronouns.actionVerbs.items.length ? a.pronouns.actionVerbs.items.map((v) => v.verb).join(", ") : "none found"}
          </p>
        </Section>

        <Section title="Hedges and vague words" testId="content-hedges">
          {a.hedges.count === 0 ? (
            <p>None found.</p>
          ) : (
            <p>
              {a.hedges.count} ({a.hedges.per100Words} per 100 words):{" "}
              {a.hedges.items.map((item) => `“${item.phrase}”${item.count > 1 ? ` ×${item.count}` : ""}`).join(", ")}
            </p>
          )}
        </Section>

        <Section title="Readability" testId="content-readability">
          <p>
            {a.readability.grade === null ? "—" : `Grade ${a.readability.grade}`} (Flesch-Kincaid; school years of reading needed, 6-10 is plain
            English). {describeGrade(a.readability.grade)}
          </p>
          {spoken && <p className="text-xs text-muted">Sentences come from the transcriber&apos;s punctuation, so this is an estimate.</p>}
        </Section>
      </div>

      {a.starExpected && (
        <Section title="Structure (situation, task, action, result)" testId="content-star">
          <ul className="grid gap-1 sm:grid-cols-2">
            {STAR_PARTS.map((part) => (
              <li key={part} data-testid={`star-${part}`} data-present={a.star.parts[part].present}>
                <span className={`${PART_COLOUR[part]} rounded px-1 font-medium`}>{PART_LABEL[part]}</span>{" "}
                {a.star.parts[part].present ? `✓ “${a.star.parts[part].sentences[0]!.cue}”` : <span className="text-amber-900">{PART_HINT[part]}</span>}
              </li>
            ))}
          </ul>
          <p className="mt-1 text-xs text-muted">Cues are typical phrases for each part; a story told in other words may be complete without them.</p>
        </Section>
      )}

      {a.talkingPoints.length > 0 && (
        <Section title="Talking points" testId="content-talking-points">
          <ul className="flex flex-wrap gap-2">
            {a.talkingPoints.map((point) => (
              <li key={point.point} data-covered={point.covered}>
                <Badge tone={point.covered ? "success" : "neutral"}>
                  {point.covered ? "✓" : "not mentioned:"} {point.point}
                  {point.covered && point.matched && point.matched.toLowerCase() !== point.point.toLowerCase() ? ` (“${point.matched}”)` : ""}
                </Badge>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <div className="grid gap-4 sm:grid-cols-2">
        <Section title="Your most used words" testId="content-top-words">
          <p>{a.topWords.length ? a.topWords.map((w) => `${w.word}${w.count > 1 ? ` ×${w.count}` : ""}`).join(", ") : "—"}</p>
        </Section>
        <Section title="Other candidates' common words for this question" testId="content-cohort-words">
          {content.cohort.status === "insufficient" ? (
            <p className="text-muted">
              Not enough data yet ({content.cohort.n} of {content.cohort.n + content.cohort.needed} answers from candidates who share anonymously).
            </p>
          ) : (
            <p>
              {content.cohort.words.map((w, i) => (
                <span key={w.word} className={w.inThisAnswer ? "font-semibold" : "text-muted"}>
                  {i > 0 && ", "}
                  {w.word} ({Math.round(w.share * 100)}%)
                </span>
              ))}
              <span className="block text-xs text-muted">Share of {content.cohort.n} answers using the word; bold: you used it too.</span>
            </p>
          )}
        </Section>
      </div>

      <details>
        <summary className="cursor-pointer text-sm text-brand-700">The answer, with its structure cues highlighted</summary>
        <div className="mt-2">
          <HighlightedText content={content} />
        </div>
      </details>
    </section>
  );
}

/** The question's guidance, shown only once the answer is finished. */
export function QuestionGuidance({ guidance }: { guidance: string }) {
  if (!guidance.trim()) return null;
  return (
    <div className="rounded-lg bg-brand-50 p-3 text-sm" data-testid="question-guidance">
      <h4 className="text-xs font-semibold uppercase tracking-wide text-brand-700">What a strong answer covers</h4>
      <p className="mt-1 whitespace-pre-line">{guidance}</p>
    </div>
  );
}
