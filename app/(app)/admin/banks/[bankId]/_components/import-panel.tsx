"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { importQuestionsAction, previewImportAction } from "../../actions";

/**
 * Two-step import: the file is read in the browser and checked row by row on the server; the
 * admin sees every invalid row with its reason and imports the valid ones only after confirming.
 */
export function ImportPanel({ bankId }: { bankId: string }) {
  const [file, setFile] = useState<{ name: string; content: string; format: "csv" | "json" } | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [preview, previewAction, previewing] = useActionState(previewImportAction, null);
  const [result, importAction, importing] = useActionState(importQuestionsAction, null);

  async function onFileChosen(chosen: File | undefined) {
    setReadError(null);
    setFile(null);
    if (!chosen) return;
    const format = chosen.name.toLowerCase().endsWith(".json") ? "json" : chosen.name.toLowerCase().endsWith(".csv") ? "csv" : null;
    if (!format) return setReadError("Choose a .csv or .json file.");
    if (chosen.size > 1_000_000) return setReadError("Import files are limited to 1 MB.");
    setFile({ name: chosen.name, content: await chosen.text(), format });
  }

  const previewData = preview?.ok ? preview.data : null;
  const imported = result?.ok === true;
  return (
    <div className="space-y-4">
      <form action={previewAction} className="flex flex-wrap items-end gap-3">
        <label className="text-sm">
          <span className="mb-1 block font-medium">CSV or JSON file</span>
          <input
            type="file"
            accept=".csv,.json,text/csv,application/json"
            aria-label="Import file"
            onChange={(event) => void onFileChosen(event.target.files?.[0])}
            className="text-sm"
          />
        </label>
        <input type="hidden" name="bankId" value={bankId} />
        <input type="hidden" name="format" value={file?.format ?? "csv"} />
        <input type="hidden" name="content" value={file?.content ?? ""} />
        <Button type="submit" variant="secondary" disabled={!file || previewing}>{previewing ? "Checking..." : "Check file"}</Button>
      </form>
      <p className="text-xs text-muted">
        {/* break-all: the header is one long word, which ran out of its narrow card. */}
        CSV header: <code className="break-all">text,category,guidance,answerSeconds,prepSeconds,published</code> (only <code>text</code> is
        required). JSON: an array of questions or an exported bank.
      </p>
      {readError && <Alert tone="error">{readError}</Alert>}
      {preview && !preview.ok && <Alert tone="error">{preview.message}</Alert>}
      {result && <Alert tone={result.ok ? "success" : "error"}>{result.message}</Alert>}

      {previewData && !imported && (
        <div className="space-y-3" data-testid="import-preview">
          <p className="text-sm">
            <strong>{previewData.validCount}</strong> valid row{previewData.validCount === 1 ? "" : "s"},{" "}
            <strong>{previewData.invalidCount}</strong> invalid.
          </p>
          {previewData.invalidCount > 0 && (
            <ul className="space-y-1 text-sm" aria-label="Invalid rows">
              {previewData.rows
                .filter((row) => row.error)
                .map((row) => (
                  <li key={row.row} className="rounded border border-red-200 bg-red-50 px-3 py-1 text-red-800">
                    Row {row.row}: {row.error} <span className="text-red-700">— “{row.preview.slice(0, 80)}”</span>
                  </li>
                ))}
            </ul>
          )}
          {previewData.validCount > 0 && file && (
            <form action={importAction} className="flex flex-wrap items-center gap-3">
              <input type="hidden" name="bankId" value={bankId} />
              <input type="hidden" name="format" value={file.format} />
              <input type="hidden" name="content" value={file.content} />
              <input type="hidden" name="skipInvalidRows" value={previewData.invalidCount > 0 ? "true" : "false"} />
              <Button type="submit" disabled={importing}>
                {previewData.invalidCount > 0
                  ? `Import ${previewData.validCount} valid row${previewData.validCount === 1 ? "" : "s"}, skip ${previewData.invalidCount}`
                  : `Import ${previewData.validCount} question${previewData.validCount === 1 ? "" : "s"}`}
              </Button>
            </form>
          )}
        </div>
      )}
    </div>
  );
}
