import { z } from "zod";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address." }))
  .pipe(z.string().max(254));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});

/** Any password being chosen; lib/auth/password-strength judges how guessable it is. */
export const newPasswordSchema = z.string().min(10, "Use at least 10 characters.").max(200, "Keep the password under 200 characters.");

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(80, "Keep your name under 80 characters."),
  email: emailSchema,
  password: newPasswordSchema,
});

/** A new password typed twice; refine the object with `passwordsAgree`. */
export const newPasswordTwice = { newPassword: newPasswordSchema, confirmPassword: z.string().max(200) };

export const passwordsAgree: [(input: { newPassword: string; confirmPassword: string }) => boolean, { path: string[]; message: string }] = [
  (input) => input.newPassword === input.confirmPassword,
  { path: ["confirmPassword"], message: "The two new passwords differ." },
];
