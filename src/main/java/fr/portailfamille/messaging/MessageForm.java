package fr.portailfamille.messaging;

import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The fields of every message form: "Nous contacter" (subject, Croc'Vacances, body, attachment), a reply
 * (body, attachment) and the agents' "Écrire aux familles" (plus recipients and the family search).
 */
class MessageForm {

    private String subject;
    private boolean crocVacances;
    private String body;
    private MultipartFile attachment;
    private boolean handled = true;
    private List<Long> recipients = new ArrayList<>();
    private String q;
    private Long activityId;

    /** Checks the subject (when {@code withSubject}) and the body. */
    void validate(Errors errors, boolean withSubject) {
        if (withSubject) {
            MessageText.subjectProblem(subject).ifPresent(key -> errors.rejectValue("subject", key,
                    new Object[] {MessageText.MAX_SUBJECT}, null));
        }
        MessageText.bodyProblem(body).ifPresent(key -> errors.rejectValue("body", key,
                new Object[] {MessageText.MAX_BODY}, null));
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public boolean isCrocVacances() {
        return crocVacances;
    }

    public void setCrocVacances(boolean crocVacances) {
        this.crocVacances = crocVacances;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public MultipartFile getAttachment() {
        return attachment;
    }

    public void setAttachment(MultipartFile attachment) {
        this.attachment = attachment;
    }

    public boolean isHandled() {
        return handled;
    }

    public void setHandled(boolean handled) {
        this.handled = handled;
    }

    public List<Long> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<Long> recipients) {
        this.recipients = recipients == null ? new ArrayList<>() : recipients;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Long getActivityId() {
        return activityId;
    }

    public void setActivityId(Long activityId) {
        this.activityId = activityId;
    }
}
