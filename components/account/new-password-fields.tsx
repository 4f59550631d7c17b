import { TextField } from "@/components/ui/field";

/** A new password typed twice, for the forms whose schema spreads newPasswordTwice (lib/schemas/auth). */
export function NewPasswordFields({ fieldErrors, hint }: { fieldErrors: Record<string, string>; hint: string }) {
  return (
    <>
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        error={fieldErrors.newPassword}
        hint={hint}
      />
      <TextField label="New password again" name="confirmPassword" type="password" autoComplete="new-password" required error={fieldErrors.confirmPassword} />
    </>
  );
}
