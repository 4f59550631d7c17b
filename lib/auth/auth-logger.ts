import { CredentialsSignin } from "@auth/core/errors";

/**
 * Auth.js's error logger. A refused sign-in (wrong password, locked by the throttle) is an expected outcome,
 * not a fault: one line without the stack trace, which otherwise filled the server log on every typo.
 * Anything else is logged in full.
 */
export function logAuthError(error: Error, log: { warn: (line: string) => void; error: (error: Error) => void } = console): void {
  if (error instanceof CredentialsSignin) {
    log.warn(`[auth] sign-in refused: ${error.code}`);
    return;
  }
  log.error(error);
}
