import { z } from "zod";
import { formCheckbox as checkbox, recordId as id } from "./form";


export const roleSchema = z.enum(["CANDIDATE", "COACH", "ADMIN"]);

export const userSearchSchema = z.object({
  q: z.string().trim().max(100).optional().default(""),
  role: roleSchema.optional().or(z.literal("").transform(() => undefined)),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const changeRoleSchema = z.object({ userId: id, role: roleSchema });
export const assignmentSchema = z.object({ coachId: id, candidateId: id });

export const consentSchema = z.object({
  shareWithCoaches: checkbox.default(false),
  benchmarkOptIn: checkbox.default(false),
  keepVideo: checkbox.default(false),
  disfluencyScoring: checkbox.default(false),
});
export type ConsentInput = z.infer<typeof consentSchema>;
