-- A document type the town no longer asks for: withdrawn (hidden from families, no longer required by any activity,
-- no reminder) rather than deleted, so that the documents sent stay on record and pending ones can still be decided.
ALTER TABLE document_type ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
