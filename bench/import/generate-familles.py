#!/usr/bin/env python3
"""Writes docs/exemples/familles-500.csv: 500 fictitious households in the import format of
docs/import-familles.md (deterministic: the same file at every run). Prints the counts the import must give.

    python3 bench/import/generate-familles.py [N] [output]
"""
import random
import sys
from datetime import date, timedelta

N = int(sys.argv[1]) if len(sys.argv) > 1 else 500
OUT = sys.argv[2] if len(sys.argv) > 2 else "docs/exemples/familles-500.csv"
rnd = random.Random(2026)

LAST = ["Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
        "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
        "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefebvre", "Faure", "André",
        "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia",
        "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
        "N'Diaye", "Nguyen", "Benali", "Da Silva", "Le Gall", "Kerbrat", "Yilmaz", "Haddad", "Traoré", "Cohen"]
WOMEN = ["Camille", "Claire", "Sophie", "Julie", "Nadia", "Inès", "Aurélie", "Émilie", "Sarah", "Laura",
         "Céline", "Fatima", "Élodie", "Anne", "Marie", "Léa", "Chloé", "Amina", "Hélène", "Manon"]
MEN = ["Julien", "Thomas", "Nicolas", "Karim", "Antoine", "Mathieu", "Sébastien", "Pierre", "Yann", "Olivier",
       "Mehdi", "Romain", "Guillaume", "Jérôme", "Loïc", "Hugo", "David", "Franck", "Éric", "Samuel"]
GIRLS = ["Emma", "Jade", "Louise", "Alice", "Chloé", "Lina", "Rose", "Léna", "Mila", "Anna", "Inès", "Zoé"]
BOYS = ["Gabriel", "Léo", "Raphaël", "Arthur", "Louis", "Jules", "Adam", "Maël", "Lucas", "Hugo", "Noah", "Sacha"]
STREETS = ["rue des Lilas", "avenue de la Gare", "rue Jean Jaurès", "place de l'Église", "chemin des Vignes",
           "rue du Moulin", "allée des Tilleuls", "boulevard Victor Hugo", "impasse des Roses", "rue de la Loire"]
TODAY = date(2026, 9, 1)

HEADER = (["id_externe", "resident"]
          + [f"resp1_{c}" for c in ["civilite", "nom", "prenom", "naissance", "adresse", "code_postal", "ville",
                                    "telephone", "email"]]
          + [f"resp2_{c}" for c in ["civilite", "nom", "prenom", "telephone", "email"]]
          + ["caisse", "numero_allocataire", "qf", "qf_depuis", "iban_titulaire", "iban", "bic"]
          + [f"enfant{i}_{c}" for i in range(1, 7) for c in ["prenom", "nom", "naissance", "sexe"]])


def ascii_mail(text):
    table = str.maketrans("éèêëàâîïôöûüçÉ' ", "eeeeaaiioouucE--")
    return text.lower().translate(table)


def iban_fr(rnd):
    bban = "".join(str(rnd.randint(0, 9)) for _ in range(23))
    numeric = "".join(str(int(ch, 36)) for ch in bban + "FR00")
    check = 98 - int(numeric) % 97
    return f"FR{check:02d}{bban}"


def fr_date(d):
    return d.strftime("%d/%m/%Y")


def quote(value):
    return '"' + value.replace('"', '""') + '"' if any(c in value for c in ';"\n') else value


rows, guardians, children, with_email2, with_iban, with_qf = [], 0, 0, 0, 0, 0
for n in range(1, N + 1):
    last = rnd.choice(LAST)
    mother, father = rnd.choice(WOMEN), rnd.choice(MEN)
    resident = rnd.random() < 0.85
    city, postal = ("Val-Fleuri", "44100") if resident else rnd.choice(
        [("Saint-Herblain", "44800"), ("Rezé", "44400"), ("Orvault", "44700")])
    first_is_mother = rnd.random() < 0.7
    r1 = ("Mme", mother) if first_is_mother else ("M.", father)
    r2 = ("M.", father) if first_is_mother else ("Mme", mother)
    birth1 = TODAY - timedelta(days=rnd.randint(26 * 365, 50 * 365))
    row = {
        "id_externe": f"ANC-{n:05d}",
        "resident": "oui" if resident else "non",
        "resp1_civilite": r1[0], "resp1_nom": last, "resp1_prenom": r1[1], "resp1_naissance": fr_date(birth1),
        "resp1_adresse": f"{rnd.randint(1, 120)} {rnd.choice(STREETS)}", "resp1_code_postal": postal,
        "resp1_ville": city, "resp1_telephone": f"06 {rnd.randint(10, 99)} {rnd.randint(10, 99)} "
                                               f"{rnd.randint(10, 99)} {rnd.randint(10, 99)}",
        "resp1_email": f"{ascii_mail(r1[1])}.{ascii_mail(last)}.{n}@example.org",
    }
    guardians += 1
    if rnd.random() < 0.6:
        guardians += 1
        row.update({"resp2_civilite": r2[0], "resp2_nom": last, "resp2_prenom": r2[1],
                    "resp2_telephone": f"07 {rnd.randint(10, 99)} {rnd.randint(10, 99)} {rnd.randint(10, 99)} "
                                       f"{rnd.randint(10, 99)}"})
        if rnd.random() < 0.8:
            with_email2 += 1
            row["resp2_email"] = f"{ascii_mail(r2[1])}.{ascii_mail(last)}.{n}@example.net"
    if rnd.random() < 0.8:
        with_qf += 1
        fund = rnd.choice(["CAF", "CAF", "CAF", "MSA"])
        row.update({"caisse": fund, "numero_allocataire": str(rnd.randint(1000000, 9999999)),
                    "qf": str(rnd.randint(300, 2200)), "qf_depuis": "01/01/2026"})
    if rnd.random() < 0.3:
        with_iban += 1
        row.update({"iban_titulaire": f"{r1[1]} {last}", "iban": iban_fr(rnd)})
    for i in range(1, rnd.choice([1, 1, 2, 2, 2, 3, 3, 4]) + 1):
        children += 1
        girl = rnd.random() < 0.5
        born = TODAY - timedelta(days=rnd.randint(2 * 365, 16 * 365))
        row.update({f"enfant{i}_prenom": rnd.choice(GIRLS if girl else BOYS), f"enfant{i}_nom": last,
                    f"enfant{i}_naissance": fr_date(born), f"enfant{i}_sexe": "F" if girl else "M"})
    rows.append(row)

with open(OUT, "w", encoding="utf-8", newline="") as f:
    f.write(";".join(HEADER) + "\r\n")
    for row in rows:
        f.write(";".join(quote(row.get(c, "")) for c in HEADER) + "\r\n")

print(f"{OUT}: {N} households, {guardians} guardians ({N + with_email2} with an e-mail), {children} children, "
      f"{with_qf} with a family quotient, {with_iban} with an IBAN")
