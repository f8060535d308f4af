-- Who a document type is asked of (issue 13): ALL (every household, or every child for a per-child type),
-- ACTIVITIES (only a child enrolled, or asking to be, in an activity that requires it; a household type when one of
-- its children is), IF_CONCERNED (never counted as missing nor reminded; the family sends it when it applies, a PAI).
-- Existing types: ACTIVITIES when activities require them, else ALL.
ALTER TABLE document_type ADD COLUMN audience VARCHAR(16) NOT NULL DEFAULT 'ALL';
UPDATE document_type SET audience = 'ACTIVITIES'
 WHERE EXISTS (SELECT 1 FROM document_type_activity a WHERE a.document_type_id = document_type.id);
ALTER TABLE document_type ADD CONSTRAINT document_type_audience_check
    CHECK (audience IN ('ALL', 'ACTIVITIES', 'IF_CONCERNED'));
