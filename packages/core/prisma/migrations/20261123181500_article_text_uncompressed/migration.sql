-- Article texts are stored out of line without compression: pglz compression was about half of the
-- server CPU spent storing an article (5 KB of news copy compresses to about 2.5 KB, and disk is
-- cheaper than reseed time). Prisma schemas cannot express column storage, so it lives here only.
ALTER TABLE "Article" ALTER COLUMN "text" SET STORAGE EXTERNAL;
