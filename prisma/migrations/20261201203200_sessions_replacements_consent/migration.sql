-- AlterEnum
ALTER TYPE "ConsentKind" ADD VALUE 'MICROPHONE_ANALYSIS';

-- AlterTable
ALTER TABLE "AnalysisJob" ADD COLUMN     "mediaId" TEXT;

-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "replacementFailure" TEXT;

-- AlterTable
ALTER TABLE "MediaObject" ADD COLUMN     "pendingReplacement" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;
