package fr.portailfamille.messaging;

/** A stored attachment: already sanitised by shared.upload, served with its detected type. */
record Attachment(long id, long conversationId, String fileName, String contentType, byte[] content) {

    @Override
    public String toString() {
        return "Attachment[" + id + ", " + fileName + ", " + contentType + ", " + content.length + " bytes]";
    }
}
