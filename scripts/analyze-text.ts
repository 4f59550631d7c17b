// Usage: npm run analyze:text -- <file.txt|.pdf|.docx> [--question "..."] [--category behavioural] [--points "a,b"]
// The report's content analysis on one document or text file. Prints a readable summary, then as the
// LAST stdout line one JSON object. Refused or unreadable files: a message on stderr and exit code 2.
import "./lib/react-server";
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { analyzeContent } from "../lib/content/analyze";
import { DocumentError, extractDocumentText } from "../lib/content/documents";
import { isBehavioural } from "../lib/content/star";

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { question: { type: "string" }, category: { type: "string" }, points: { type: "string" } },
  });
  const file = positionals[0];
  if (!file) fail('usage: npm run analyze:text -- <file.txt|.pdf|.docx> [--question "..."] [--category behavioural] [--points "a,b"]', 1);
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => fail(`error: cannot read ${file}: ${error.code ?? error.message}`, 1));
  let extracted;
  try {
    extracted = await extractDocumentText(new Uint8Array(bytes));
  } catch (error) {
    if (error instanceof DocumentError) fail(`error: ${file}: ${error.message}`, 2);
    throw error;
  }
  const question = {
    text: values.question,
    // Without a category, the question's wording decides whether it asks for a story.
    category: values.category ?? (values.question && isBehavioural({ text: values.question }) ? "behavioural" : "general"),
    talkingPoints: values.points ? values.points.split(",") : [],
  };
  // A question given means the file is an answer to it; otherwise it is a document such as a cover letter.
  const a = analyzeContent({ text: extracted.text, source: values.question ? "typed" : "document", question });
  const out = process.stdout;
  out.write(`file: ${file} (${extracted.kind}), ${a.wordCount} words\n`);
  out.write(`length: ${a.length.note}\n`);
  out.write(`top words: ${a.topWords.map((w) => `${w.word}×${w.count}`).join(", ") || "none"}\n`);
  for (const [part, found] of Object.entries(a.star.parts)) {
    out.write(`${part}: ${found.present ? found.sentences.map((s) => `"${s.cue}" in "${s.text}"`).join("; ") : "no cue found"}\n`);
  }
  out.write(`pronouns: I ${a.pronouns.i}, we ${a.pronouns.we}; action verbs: ${a.pronouns.actionVerbs.items.map((v) => v.verb).join(", ") || "none"}\n`);
  out.write(`hedges and vague words: ${a.hedges.count} ${a.hedges.items.map((h) => `"${h.phrase}"×${h.count}`).join(" ")}\n`);
  out.write(`readability: Flesch-Kincaid grade ${a.readability.grade ?? "n/a"} (${a.readability.wordsPerSentence} words per sentence)\n`);
  if (a.talkingPoints.length) out.write(`talking points: ${a.talkingPoints.map((p) => `${p.point}: ${p.covered ? "covered" : "missing"}`).join("; ")}\n`);
  const json = {
    file,
    kind: extracted.kind,
    wordCount: a.wordCount,
    length: a.length,
    star: Object.fromEntries(Object.entries(a.star.parts).map(([part, found]) => [part, { present: found.present, sentences: found.sentences.map((s) => s.text), cues: found.sentences.map((s) => s.cue) }])),
    starMissing: a.star.missing,
    starExpected: a.starExpected,
    hedges: { count: a.hedges.count, per100Words: a.hedges.per100Words, items: a.hedges.items },
    pronouns: { i: a.pronouns.i, we: a.pronouns.we, iShare: a.pronouns.iShare },
    actionVerbs: a.pronouns.actionVerbs,
    topWords: a.topWords,
    readability: a.readability,
    talkingPoints: a.talkingPoints,
    version: a.version,
  };
  out.write(`${JSON.stringify(json)}\n`);
}

await main();
