/**
 * The end of a replacement recording's analysis. Success promotes the pending files and drops
 * the ones they replace (in the transaction that stores the new results); failure deletes the
 * pending files and leaves the earlier recording and its results exactly as they were, with a
 * note the candidate sees.
 */
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { StorageDriver } from "@/lib/db/generated/enums";

type Tx = Prisma.TransactionClient;
type StoredMedia = { key: string; driver: StorageDriver };

/** Inside the results transaction: pending files become the answer's; returns the files to delete. */
export async function promotePendingMedia(tx: Tx, answerId: string): Promise<StoredMedia[]> {
  const pending = await tx.mediaObject.findMany({ where: { answerId, pendingReplacement: true }, select: { kind: true } });
  const kinds = [...new Set(pending.map((media) => media.kind))];
  if (kinds.length === 0) return [];
  const replaced = await tx.mediaObject.findMany({
    where: { answerId, pendingReplacement: false, kind: { in: kinds } },
    select: { id: true, key: true, driver: true },
  });
  await tx.mediaObject.deleteMany({ where: { id: { in: replaced.map((media) => media.id) } } });
  await tx.mediaObject.updateMany({ where: { answerId, pendingReplacement: true }, data: { pendingReplacement: false } });
  await tx.answer.update({ where: { id: answerId }, data: { replacementFailure: null } });
  return replaced;
}

/**
 * Inside the transaction that ends the job: the replacement failed, so drop its rows, keep
 * everything the candidate had, and say why. Returns the files to delete after the commit.
 */
export async function rollBackReplacement(tx: Tx, answerId: string, reason: string): Promise<StoredMedia[]> {
  const pending = await tx.mediaObject.findMany({ where: { answerId, pendingReplacement: true }, select: { id: true, key: true, driver: true } });
  await tx.mediaObject.deleteMany({ where: { id: { in: pending.map((media) => media.id) } } });
  await tx.answer.update({
    where: { id: answerId },
    data: { replacementFailure: `The new recording was not used: ${reason} Your earlier recording and its results are unchanged.` },
  });
  return pending;
}
