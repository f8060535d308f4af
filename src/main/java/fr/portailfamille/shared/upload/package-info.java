/**
 * Safe handling of files uploaded by families: {@link fr.portailfamille.shared.upload.ImageUploads} for
 * child photos, {@link fr.portailfamille.shared.upload.DocumentUploads} for proofs and attachments. Types
 * are detected from the bytes, images are re-encoded and PDFs re-saved, so only sanitised content
 * ({@link fr.portailfamille.shared.upload.UploadedFile}) is ever stored; refusals are
 * {@link fr.portailfamille.shared.upload.UploadRejectedException}s carrying a message key.
 * Stored files are served back through {@link fr.portailfamille.shared.upload.StoredFileResponses} (detected
 * content type, {@code X-Content-Type-Options: nosniff}, {@code Content-Disposition} with the original name,
 * no caching).
 */
package fr.portailfamille.shared.upload;
