-- CreateEnum
CREATE TYPE "TextSource" AS ENUM ('TYPED', 'PDF', 'DOCX', 'TXT');

-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "documentName" TEXT,
ADD COLUMN     "textSavedAt" TIMESTAMP(3),
ADD COLUMN     "textSource" "TextSource";

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "talkingPoints" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "writingSeconds" INTEGER NOT NULL DEFAULT 300;

-- CreateTable
CREATE TABLE "BigFiveResult" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "scores" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BigFiveResult_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BigFiveResult_userId_createdAt_idx" ON "BigFiveResult"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "BigFiveResult" ADD CONSTRAINT "BigFiveResult_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
