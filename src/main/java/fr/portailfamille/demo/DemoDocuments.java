package fr.portailfamille.demo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Set;

import javax.imageio.ImageIO;

import fr.portailfamille.documents.ConsentAnswer;
import fr.portailfamille.documents.ConsentCategory;
import fr.portailfamille.documents.ConsentTypeSettings;
import fr.portailfamille.documents.Consents;
import fr.portailfamille.documents.DocumentAudience;
import fr.portailfamille.documents.DocumentMoment;
import fr.portailfamille.documents.DocumentScope;
import fr.portailfamille.documents.DocumentTypeSettings;
import fr.portailfamille.documents.Documents;
import fr.portailfamille.documents.Validity;
import fr.portailfamille.family.ChildView;
import fr.portailfamille.family.Households;
import fr.portailfamille.shared.upload.DocumentUploads;
import fr.portailfamille.shared.upload.UploadedFile;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's pièces à fournir and autorisations parentales. The Martins: the QF proof expiring in three weeks,
 * Hugo's insurance accepted and his vaccination record waiting for an agent, Inès's insurance refused with a
 * reason, Léa's and Inès's vaccination records missing. The insurance is asked only of the children enrolled in
 * Croc'Vacances or Espace Ados (Hugo and Inès, not Léa), the medical certificate only for Espace Ados (nobody yet),
 * the PAI of nobody (« si concerné »: listed apart, never missing). Autorisations parentales (the only place for
 * image rights, outings, transport and emergency care): Hugo consents to photos on the town's website but not in
 * the town magazine, and to outings, the coach and emergency care; Inès withdrew her website consent, refused the
 * magazine and the coach (the attendance list flags it) and consents to outings and emergency care; Léa (2, not
 * enrolled) has no answer yet. Croc'Vacances and Espace Ados check the insurance before enrolment (the demo
 * children are enrolled already, so their bookings are unchanged).
 */
@Component
@Profile("!prod")
class DemoDocuments {

    private final Documents documents;
    private final Consents consents;
    private final Households households;
    private final DocumentUploads uploads;

    DemoDocuments(Documents documents, Consents consents, Households households, DocumentUploads uploads) {
        this.documents = documents;
        this.consents = consents;
        this.households = households;
        this.uploads = uploads;
    }

    void load(long martin, DemoActivities.Created activities, LocalDate today) {
        var both = Set.of(activities.crocVacances(), activities.espaceAdos());
        long insurance = documents.createType(new DocumentTypeSettings("Attestation d'assurance extrascolaire",
                DocumentScope.CHILD, DocumentAudience.ACTIVITIES, Validity.SCHOOL_YEAR, null, false, both));
        long vaccination = documents.createType(new DocumentTypeSettings("Carnet de vaccination",
                DocumentScope.CHILD, DocumentAudience.ALL, Validity.NONE, null, true, Set.of()));
        long quotient = documents.createType(new DocumentTypeSettings("Justificatif de quotient familial",
                DocumentScope.HOUSEHOLD, DocumentAudience.ALL, Validity.MONTHS, 12, false, Set.of()));
        documents.createType(new DocumentTypeSettings("PAI (projet d'accueil individualisé)", DocumentScope.CHILD,
                DocumentAudience.IF_CONCERNED, Validity.SCHOOL_YEAR, null, true, Set.of()));
        documents.createType(new DocumentTypeSettings("Certificat médical de non contre-indication",
                DocumentScope.CHILD, DocumentAudience.ACTIVITIES, Validity.MONTHS, 12, true, Set.of(activities.espaceAdos())));
        documents.setMoment(activities.crocVacances(), DocumentMoment.ENROLMENT);
        documents.setMoment(activities.espaceAdos(), DocumentMoment.ENROLMENT);

        long site = consents.createType(new ConsentTypeSettings("Photos sur le site de la ville", ConsentCategory.IMAGE,
                "Photos de groupe prises pendant les activités, publiées sur val-fleuri.example.", Set.of()));
        long journal = consents.createType(new ConsentTypeSettings("Photos dans le journal municipal",
                ConsentCategory.IMAGE, "Photos publiées dans « Val-Fleuri Infos », papier et en ligne.", Set.of()));
        long outings = consents.createType(new ConsentTypeSettings("Sorties hors de la commune",
                ConsentCategory.OUTING, "Sorties encadrées (piscine, cinéma, forêt) pendant l'accueil.",
                Set.of(activities.espaceAdos())));
        long coach = consents.createType(new ConsentTypeSettings("Transport en car", ConsentCategory.TRANSPORT,
                "Trajets en car affrété par la ville.", Set.of()));
        long care = consents.createType(new ConsentTypeSettings("Soins d'urgence", ConsentCategory.EMERGENCY_CARE,
                "Faire appel aux secours et faire soigner l'enfant en cas d'urgence.", Set.of()));

        ChildView hugo = child(martin, "Hugo");
        ChildView ines = child(martin, "Inès");
        String claire = "Claire Martin";
        long qf = documents.submit(martin, null, quotient, file("quotient"), claire);
        documents.accept(qf, "Nadia Leroy", today.plusDays(20));
        long hugoInsurance = documents.submit(martin, hugo.id(), insurance, file("assurance"), claire);
        documents.accept(hugoInsurance, "Nadia Leroy", schoolYearEnd(today));
        documents.submit(martin, hugo.id(), vaccination, file("vaccination"), claire);
        long inesInsurance = documents.submit(martin, ines.id(), insurance, file("assurance"), claire);
        documents.refuse(inesInsurance, "Nadia Leroy",
                "L'attestation ne couvre que la responsabilité civile scolaire, pas les activités extrascolaires.");

        consents.answer(martin, hugo.id(), site, ConsentAnswer.GIVEN, claire);
        consents.answer(martin, hugo.id(), journal, ConsentAnswer.REFUSED, claire);
        consents.answer(martin, hugo.id(), outings, ConsentAnswer.GIVEN, claire);
        consents.answer(martin, hugo.id(), care, ConsentAnswer.GIVEN, claire);
        consents.answer(martin, ines.id(), site, ConsentAnswer.GIVEN, claire);
        consents.answer(martin, ines.id(), site, ConsentAnswer.WITHDRAWN, "Julien Martin");
        consents.answer(martin, hugo.id(), coach, ConsentAnswer.GIVEN, claire);
        consents.answer(martin, ines.id(), journal, ConsentAnswer.REFUSED, claire);
        consents.answer(martin, ines.id(), outings, ConsentAnswer.GIVEN, "Julien Martin");
        consents.answer(martin, ines.id(), coach, ConsentAnswer.REFUSED, "Julien Martin");
        consents.answer(martin, ines.id(), care, ConsentAnswer.GIVEN, claire);
    }

    private static LocalDate schoolYearEnd(LocalDate day) {
        return LocalDate.of(day.getMonthValue() >= 9 ? day.getYear() + 1 : day.getYear(), 8, 31);
    }

    private ChildView child(long householdId, String firstName) {
        return households.children(householdId).stream().filter(c -> c.firstName().equals(firstName)).findFirst()
                .orElseThrow();
    }

    /** A small scanned page, through the same pipeline as a family's upload. */
    private UploadedFile file(String name) {
        var image = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 160);
        g.setColor(Color.DARK_GRAY);
        for (int y = 20; y < 150; y += 12) {
            g.fillRect(12, y, 96, 3);
        }
        g.dispose();
        var png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uploads.document(name + ".png", png.toByteArray());
    }
}
