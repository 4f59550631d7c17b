// stopword ships no type declarations; this is the part of its API lib/content uses.
declare module "stopword" {
  export const eng: string[];
  export function removeStopwords(tokens: string[], stopwords?: string[]): string[];
}
