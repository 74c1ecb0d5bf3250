-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('INTERNATIONAL', 'PARTY', 'GOVERNMENT_BODY', 'LEGISLATURE', 'COURT', 'NEWS_AGENCY', 'OTHER');

-- CreateEnum
CREATE TYPE "OfficeRole" AS ENUM ('HEAD_OF_STATE', 'HEAD_OF_GOVERNMENT', 'FOREIGN_MINISTER', 'MINISTER', 'PARTY_LEADER', 'DEPUTY', 'LEGISLATURE_HEAD', 'JUDICIARY_HEAD', 'MAYOR', 'AMBASSADOR', 'MONARCH', 'OTHER');

-- CreateEnum
CREATE TYPE "PlaceKind" AS ENUM ('CITY', 'VENUE');

-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('BILATERAL_MEETING', 'TALKS', 'VISIT', 'GATHERING', 'CEREMONY', 'AWARD_CONFERRAL', 'SPEECH', 'PRESS_CONFERENCE', 'AGREEMENT_SIGNED', 'INVITATION');

-- CreateEnum
CREATE TYPE "VisitKind" AS ENUM ('OFFICIAL', 'STATE', 'WORKING', 'OTHER');

-- CreateEnum
CREATE TYPE "GatheringKind" AS ENUM ('SUMMIT', 'MEETING', 'FORUM', 'DIALOGUE', 'WEEK', 'CONFERENCE', 'RECEPTION', 'FUNERAL', 'OTHER');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR', 'RANGE');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('HOST', 'GUEST', 'ATTENDEE', 'RECIPIENT', 'PRESENTER', 'SPEAKER', 'VISITOR');

-- CreateEnum
CREATE TYPE "MentionKind" AS ENUM ('PERSON', 'COUNTRY', 'PLACE', 'TITLE', 'DATE', 'ORGANIZATION', 'EVENT');

-- CreateTable
CREATE TABLE "Country" (
    "code" CHAR(2) NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "nameVi" TEXT,
    "demonyms" TEXT[],
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "kind" "OrganizationKind" NOT NULL,
    "countryCode" CHAR(2),

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "canonicalName" TEXT NOT NULL,
    "foldedName" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "aliases" TEXT[],
    "countryCode" CHAR(2),
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Office" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "role" "OfficeRole" NOT NULL,
    "countryCode" CHAR(2),
    "organizationId" TEXT,
    "startDate" DATE,
    "endDate" DATE,

    CONSTRAINT "Office_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Place" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "foldedName" TEXT NOT NULL,
    "kind" "PlaceKind" NOT NULL,
    "countryCode" CHAR(2),
    "parentId" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "type" "EventType" NOT NULL,
    "visitKind" "VisitKind",
    "gatheringKind" "GatheringKind",
    "name" TEXT,
    "foldedName" TEXT,
    "parentId" TEXT,
    "dateStart" DATE,
    "dateEnd" DATE,
    "datePrecision" "DatePrecision",
    "timeOfDay" TEXT,
    "placeId" TEXT,
    "visitedCountryCode" CHAR(2),
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventParticipant" (
    "eventId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" "ParticipantRole" NOT NULL,

    CONSTRAINT "EventParticipant_pkey" PRIMARY KEY ("eventId","personId","role")
);

-- CreateTable
CREATE TABLE "EventConflict" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "values" TEXT[],

    CONSTRAINT "EventConflict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "language" VARCHAR(8) NOT NULL,
    "title" TEXT,
    "publishedOn" DATE,
    "sourceAgency" TEXT,
    "dateline" TEXT,
    "text" TEXT NOT NULL,
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventEvidence" (
    "eventId" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,

    CONSTRAINT "EventEvidence_pkey" PRIMARY KEY ("eventId","evidenceId")
);

-- CreateTable
CREATE TABLE "PersonEvidence" (
    "personId" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,

    CONSTRAINT "PersonEvidence_pkey" PRIMARY KEY ("personId","evidenceId")
);

-- CreateTable
CREATE TABLE "OfficeEvidence" (
    "officeId" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,

    CONSTRAINT "OfficeEvidence_pkey" PRIMARY KEY ("officeId","evidenceId")
);

-- CreateTable
CREATE TABLE "Mention" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" "MentionKind" NOT NULL,
    "personId" TEXT,
    "countryCode" CHAR(2),
    "placeId" TEXT,

    CONSTRAINT "Mention_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Country_nameEn_idx" ON "Country"("nameEn");

-- CreateIndex
CREATE INDEX "Organization_acronym_idx" ON "Organization"("acronym");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_name_key" ON "Organization"("name");

-- CreateIndex
CREATE INDEX "Person_foldedName_idx" ON "Person"("foldedName");

-- CreateIndex
CREATE INDEX "Person_nameKey_idx" ON "Person"("nameKey");

-- CreateIndex
CREATE INDEX "Person_countryCode_idx" ON "Person"("countryCode");

-- CreateIndex
CREATE INDEX "Person_aliases_idx" ON "Person" USING GIN ("aliases");

-- CreateIndex
CREATE INDEX "Office_role_idx" ON "Office"("role");

-- CreateIndex
CREATE INDEX "Office_countryCode_idx" ON "Office"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Office_personId_title_key" ON "Office"("personId", "title");

-- CreateIndex
CREATE INDEX "Place_countryCode_idx" ON "Place"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Place_foldedName_countryCode_key" ON "Place"("foldedName", "countryCode");

-- CreateIndex
CREATE INDEX "Event_type_dateStart_idx" ON "Event"("type", "dateStart");

-- CreateIndex
CREATE INDEX "Event_dateStart_idx" ON "Event"("dateStart");

-- CreateIndex
CREATE INDEX "Event_parentId_idx" ON "Event"("parentId");

-- CreateIndex
CREATE INDEX "Event_placeId_idx" ON "Event"("placeId");

-- CreateIndex
CREATE INDEX "Event_visitedCountryCode_idx" ON "Event"("visitedCountryCode");

-- CreateIndex
CREATE INDEX "Event_foldedName_idx" ON "Event"("foldedName");

-- CreateIndex
CREATE INDEX "EventParticipant_personId_role_idx" ON "EventParticipant"("personId", "role");

-- CreateIndex
CREATE INDEX "EventConflict_eventId_idx" ON "EventConflict"("eventId");

-- CreateIndex
CREATE INDEX "Article_fileName_idx" ON "Article"("fileName");

-- CreateIndex
CREATE INDEX "Article_publishedOn_idx" ON "Article"("publishedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_articleId_start_end_key" ON "Evidence"("articleId", "start", "end");

-- CreateIndex
CREATE INDEX "EventEvidence_evidenceId_idx" ON "EventEvidence"("evidenceId");

-- CreateIndex
CREATE INDEX "PersonEvidence_evidenceId_idx" ON "PersonEvidence"("evidenceId");

-- CreateIndex
CREATE INDEX "OfficeEvidence_evidenceId_idx" ON "OfficeEvidence"("evidenceId");

-- CreateIndex
CREATE INDEX "Mention_articleId_start_idx" ON "Mention"("articleId", "start");

-- CreateIndex
CREATE INDEX "Mention_personId_idx" ON "Mention"("personId");

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Office" ADD CONSTRAINT "Office_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Office" ADD CONSTRAINT "Office_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Office" ADD CONSTRAINT "Office_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Place" ADD CONSTRAINT "Place_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Place" ADD CONSTRAINT "Place_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_visitedCountryCode_fkey" FOREIGN KEY ("visitedCountryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventConflict" ADD CONSTRAINT "EventConflict_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventEvidence" ADD CONSTRAINT "EventEvidence_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventEvidence" ADD CONSTRAINT "EventEvidence_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonEvidence" ADD CONSTRAINT "PersonEvidence_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonEvidence" ADD CONSTRAINT "PersonEvidence_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeEvidence" ADD CONSTRAINT "OfficeEvidence_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeEvidence" ADD CONSTRAINT "OfficeEvidence_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE CASCADE ON UPDATE CASCADE;
