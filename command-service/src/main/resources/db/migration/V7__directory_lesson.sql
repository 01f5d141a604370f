-- #15 second part, in the events' transaction (see Directory): whether a report was erased (no lesson is
-- written from an erased report), and each lesson's region, tier, approval and erasure, so that an
-- experiment may name an approved, not erased lesson its team can see as its basedOn. No text.
ALTER TABLE directory_report ADD COLUMN erased BOOLEAN NOT NULL DEFAULT FALSE;
CREATE TABLE directory_lesson (
    lesson_id UUID        PRIMARY KEY,
    region_id UUID        NOT NULL,
    tier      VARCHAR(10) NOT NULL,
    approved  BOOLEAN     NOT NULL DEFAULT FALSE,
    erased    BOOLEAN     NOT NULL DEFAULT FALSE
);
-- Lessons drafted before this release: region and tier are stored in clear (only the texts are sealed).
INSERT INTO directory_lesson (lesson_id, region_id, tier, approved)
SELECT (p ->> 'lessonId')::uuid, (p ->> 'regionId')::uuid, p ->> 'tier',
       EXISTS (SELECT 1 FROM domain_event_entry a
                WHERE a.aggregate_identifier = d.aggregate_identifier AND a.payload_type = 'LessonApproved')
  FROM (SELECT e.aggregate_identifier, convert_from(e.payload, 'UTF8')::jsonb AS p
          FROM domain_event_entry e WHERE e.payload_type = 'LessonDrafted') d
ON CONFLICT DO NOTHING;
