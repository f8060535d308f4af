package fr.portailfamille.messaging;

import java.io.IOException;

import fr.portailfamille.shared.upload.DocumentUploads;
import fr.portailfamille.shared.upload.SubmittedFiles;
import fr.portailfamille.shared.upload.UploadRejectedException;
import fr.portailfamille.shared.upload.UploadRejection;
import fr.portailfamille.shared.upload.UploadedFile;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/** Turns an optional uploaded attachment into a sanitised file, or a field error for the form. */
@Component
class AttachmentIntake {

    static final String FIELD = "attachment";

    private final DocumentUploads uploads;

    AttachmentIntake(DocumentUploads uploads) {
        this.uploads = uploads;
    }

    /** @return the sanitised file, or null when none was sent or it was refused (then {@code errors} says why) */
    UploadedFile read(MultipartFile file, Errors errors) {
        if (!SubmittedFiles.chosen(file)) {
            return null;
        }
        try {
            return uploads.document(file.getOriginalFilename(), SubmittedFiles.content(file));
        } catch (UploadRejectedException e) {
            errors.rejectValue(FIELD, e.messageKey());
        } catch (IOException e) {
            errors.rejectValue(FIELD, UploadRejection.CORRUPTED.messageKey());
        }
        return null;
    }
}
