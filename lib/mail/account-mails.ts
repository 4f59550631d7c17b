import type { MailMessage } from "./message";

// The texts carry nothing a stranger typed (not even the name given at sign-up), so the forms
// cannot be used to send someone else's words to an inbox.

export function confirmSignUpMail(to: string, link: string): MailMessage {
  return {
    to,
    subject: "Confirm your Rehearse account",
    text: [
      "Open this link to finish creating your Rehearse account:",
      link,
      "",
      "It works once, within 24 hours.",
      "If you did not sign up, ignore this message: no account is created without this link.",
    ].join("\n"),
  };
}

export function alreadyRegisteredMail(to: string, origin: string): MailMessage {
  return {
    to,
    subject: "Your Rehearse account",
    text: [
      "Someone, perhaps you, tried to create a Rehearse account with this address. It already has one, and nothing has changed.",
      "",
      `Sign in: ${origin}/sign-in`,
      `Forgot your password? Choose a new one: ${origin}/forgot-password`,
      "",
      "If it was not you, you can ignore this message.",
    ].join("\n"),
  };
}

export function passwordResetMail(to: string, link: string): MailMessage {
  return {
    to,
    subject: "Choose a new Rehearse password",
    text: [
      "Open this link to choose a new password for your Rehearse account:",
      link,
      "",
      "It works once, within an hour. A new password signs you out on every device.",
      "If you did not ask for this, ignore this message: your password stays as it is.",
    ].join("\n"),
  };
}
