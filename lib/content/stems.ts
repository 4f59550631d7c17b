/**
 * Word stems for tolerant matching ("migrated" ~ "migration" ~ "migrating"), from the Porter
 * stemmer in the `stemmer` package (MIT, wooorm). Pure.
 */
import { stemmer } from "stemmer";

const cache = new Map<string, string>();

export function stem(word: string): string {
  const key = word.toLowerCase().replace(/'s$/, "");
  let value = cache.get(key);
  if (value === undefined) {
    value = stemmer(key);
    if (cache.size < 50_000) cache.set(key, value);
  }
  return value;
}
