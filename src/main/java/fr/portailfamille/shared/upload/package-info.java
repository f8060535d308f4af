/**
 * Safe handling of files uploaded by families: {@link fr.portailfamille.shared.upload.ImageUploads} for
 * child photos, {@link fr.portailfamille.shared.upload.DocumentUploads} for proofs and attachments. Types
 * are detected from the bytes, images are re-encoded and PDFs re-saved, so only sanitised content
 * ({@link fr.portailfamille.shared.upload.UploadedFile}) is ever stored; refusals are
 * {@link fr.portailfamille.shared.upload.UploadRejectedException}s carrying a message key.
 * When serving stored files back, still send the detected content type, {@code X-Content-Type-Options:
 * nosniff} and {@code Content-Disposition} with {@code UploadedFile.originalName()}.
 */
package fr.portailfamille.shared.upload;
