/**
 * A small RFC 4180 CSV reader and writer: quoted fields, doubled quotes, commas and newlines
 * inside quotes, CRLF or LF line ends. Enough for question-bank import and export without a
 * dependency.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  const source = text.replace(/^\uFEFF/, "");

  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (inQuotes) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        inQuotes = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === "") {
      inQuotes = true;
    } else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += char;
    }
  }
  if (inQuotes) throw new Error("The CSV ends inside a quoted field (a closing \" is missing).");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  // Blank lines carry no data.
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ""));
}

function escapeCsvField(value: string): string {
  // A leading =, +, - or @ makes spreadsheets run the cell as a formula: neutralise it.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | boolean>>): string {
  return rows.map((cells) => cells.map((cell) => escapeCsvField(String(cell))).join(",")).join("\r\n") + "\r\n";
}
