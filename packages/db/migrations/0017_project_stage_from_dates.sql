-- A project's stage follows its milestones' dates and the day it is read, so it is no longer stored.
ALTER TABLE "research_projects" DROP COLUMN "stage";