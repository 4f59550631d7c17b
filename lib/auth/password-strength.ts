import "server-only";
/**
 * Password strength, shared by sign-up and password change. Length alone
 * let "aaaaaaaaaa" and "password12" through; zxcvbn estimates how many guesses a cracker needs
 * (common passwords, names, words, repeats, sequences, keyboard walks) and explains why.
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

/** zxcvbn's 0-4 score; 3 means "safely unguessable" for online attacks (about 10^8 guesses). */
export const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return estimator;
}

/**
 * Why this password is too easy to guess, or null when it is strong enough. `related` are the
 * user's own details (email, name): a password built from them is weak whatever its length.
 */
export function passwordWeakness(password: string, related: string[] = []): string | null {
  if (password.trim().length === 0) return "Use letters, numbers or symbols, not only spaces.";
  // Whole values, their parts, and the parts run together ("Jordan Baker" -> "jordanbaker").
  const userInputs = related.flatMap((value) => {
    const parts = value.toLowerCase().split(/[^a-z0-9]+/).filter((part) => part.length >= 3);
    return [value.toLowerCase(), parts.join(""), ...parts];
  });
  const result = zxcvbn().check(password, userInputs);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(" ");
  return `This password is too easy to guess.${advice ? ` ${advice}` : " Add another word or two."}`;
}
