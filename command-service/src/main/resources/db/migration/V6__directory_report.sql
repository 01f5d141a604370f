-- Round 2, confidential reports (see Directory and ReportDirectory), in the events' transaction:
-- the reviewers of each region, who triage and answer its reports and write lessons from them;
-- analysts, so that every person the ledger knows may report;
-- each report's region and the slow hash of its receipt code, so that the holder of the code finds the
-- report and a reviewer's command finds its region. Never who reported: the ledger does not know it.
CREATE TABLE directory_reviewer (
    region_id UUID         NOT NULL REFERENCES directory_region (region_id),
    user_id   VARCHAR(200) NOT NULL,
    PRIMARY KEY (region_id, user_id)
);
CREATE TABLE directory_analyst (
    user_id VARCHAR(200) PRIMARY KEY
);
-- Analysts appointed before this release: those whose appointment's latest event is an appointment.
INSERT INTO directory_analyst (user_id)
SELECT DISTINCT convert_from(e.payload, 'UTF8')::jsonb ->> 'userId'
  FROM domain_event_entry e
 WHERE e.payload_type IN ('AnalystAppointed', 'org.learningledger.events.organisation.AnalystAppointed')
   AND NOT EXISTS (SELECT 1 FROM domain_event_entry later
                    WHERE later.aggregate_identifier = e.aggregate_identifier
                      AND later.sequence_number > e.sequence_number)
ON CONFLICT DO NOTHING;
CREATE TABLE directory_report (
    report_id    UUID         PRIMARY KEY,
    region_id    UUID         NOT NULL REFERENCES directory_region (region_id),
    receipt_hash VARCHAR(100) NOT NULL UNIQUE
);
