#!/usr/bin/env python3
"""Deterministic, realistic test data for Rollcall's benchmarks.

Writes an Entra ID "Download users" CSV (the directory) and an Atlassian Cloud "Export users"
CSV (a tool) for a fictional company. Same seed, same bytes. The rows carry what real exports
carry: quoted commas ("Last, First" names), embedded line breaks, mixed-case e-mails, +tags,
non-ASCII names, guests, leavers, service accounts and people who left the directory.

usage: generate.py OUTDIR [--accounts N] [--identities N] [--seed S]
"""
import argparse
import csv
import os
import random
import unicodedata
import uuid

GIVEN = ["Ada", "Bruno", "Chen", "Dana", "Émile", "Farah", "Gustav", "Hana", "Ivan", "Jonas", "Kim", "Lea",
         "Márta", "Noor", "Oskar", "Priya", "Quentin", "Rosa", "Søren", "Tomás", "Ugo", "Veronika", "Wei",
         "Xiadani", "Yusuf", "Zoë", "Łukasz", "Ayşe", "Björn", "Chiara"]
FAMILY = ["Lindqvist", "Okafor", "Wei", "Kowalski", "Haddad", "Nasser", "Berg", "Sato", "Petrov", "Meyer",
          "Laurent", "Novak", "O'Brien", "García", "Müller", "Nguyen", "Smith-Jones", "da Silva", "Øster",
          "Dvořák", "Kaur", "Ivanova", "Rossi", "Yılmaz", "Jansen"]
DEPARTMENTS = ["Platform", "Payments", "Data, Analytics & ML", "Security", "IT", "Sales", "Support"]
DOMAIN = "larkspur.example"
ENTRA_HEADER = ("userPrincipalName,displayName,surname,mail,givenName,id,userType,jobTitle,department,"
                "accountEnabled,usageLocation,streetAddress,state,country,officeLocation,city,postalCode,"
                "telephoneNumber,mobilePhone,alternateEmailAddress,ageGroup,consentProvidedForMinor,"
                "legalAgeGroupClassification,companyName,creationType,directorySynced,invitationState,"
                "identityIssuer,createdDateTime").split(",")
ATLASSIAN_HEADER = ["User id", "User name", "email", "User status", "Added to org", "Org role",
                    "Last seen in Jira - larkspur", "Last seen in Confluence - larkspur"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def person(i):
    rnd = random.Random(i * 7919)
    given = rnd.choice(GIVEN)
    family = rnd.choice(FAMILY)
    ascii_name = unicodedata.normalize("NFKD", f"{given}.{family}").encode("ascii", "ignore").decode()
    local = ascii_name.lower().replace("'", "").replace(" ", "") + str(i)
    return given, family, local


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir")
    parser.add_argument("--accounts", type=int, default=1_000_000)
    parser.add_argument("--identities", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=20261127)
    args = parser.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    rnd = random.Random(args.seed)

    with open(os.path.join(args.outdir, "directory.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(ENTRA_HEADER)
        for i in range(args.identities):
            given, family, local = person(i)
            guest = rnd.random() < 0.03
            mail = f"{local}@partner.example" if guest else f"{local}@{DOMAIN}"
            upn = f"{local}_partner.example#EXT#@larkspur.onmicrosoft.com" if guest else mail
            row = dict.fromkeys(ENTRA_HEADER, "")
            row.update(userPrincipalName=upn, displayName=f"{family}, {given}", surname=family, mail=mail,
                       givenName=given, id=str(uuid.UUID(int=rnd.getrandbits(128), version=4)),
                       userType="Guest" if guest else "Member", jobTitle=rnd.choice(["Engineer", "Manager", ""]),
                       department=rnd.choice(DEPARTMENTS),
                       accountEnabled="False" if rnd.random() < 0.08 else "True",
                       streetAddress=f"{rnd.randint(1, 200)} Harbour Road\nBuilding {rnd.randint(1, 9)}"
                       if rnd.random() < 0.1 else "",
                       companyName="Larkspur Labs", identityIssuer="larkspur.onmicrosoft.com",
                       createdDateTime=f"{rnd.randint(1, 12)}/{rnd.randint(1, 28)}/{rnd.randint(2015, 2026)} "
                                       f"{rnd.randint(1, 12)}:{rnd.randint(0, 59):02}:{rnd.randint(0, 59):02} "
                                       f"{rnd.choice(['AM', 'PM'])}")
            w.writerow([row[h] for h in ENTRA_HEADER])

    def day():
        return f"{rnd.randint(1, 28)} {rnd.choice(MONTHS)} {rnd.randint(2019, 2026)}"

    with open(os.path.join(args.outdir, "tool.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(ATLASSIAN_HEADER)
        for i in range(args.accounts):
            roll = rnd.random()
            if roll < 0.80:  # someone in the directory, e-mail in any case, sometimes with a +tag
                given, family, local = person(rnd.randrange(args.identities))
                email = f"{local}@{DOMAIN}"
                if rnd.random() < 0.3:
                    email = email.title() if rnd.random() < 0.5 else email.upper()
                if rnd.random() < 0.1:
                    email = email.replace("@", "+jira@", 1)
                name = f"{family}, {given}"
            elif roll < 0.85:  # a service account
                email, name = f"svc-build-{i}@{DOMAIN}", f"Build bot {i}"
            else:  # nobody the directory knows
                given, family, local = person(args.identities + i)
                email, name = f"{local}@mail.example", f"{given} {family}"
            w.writerow([f"712020:{uuid.UUID(int=rnd.getrandbits(128), version=4)}", name, email,
                        "Inactive" if rnd.random() < 0.05 else "Active", day(),
                        "Org Admin" if rnd.random() < 0.01 else "None",
                        "Never accessed" if rnd.random() < 0.2 else day(),
                        "Never accessed" if rnd.random() < 0.5 else day()])


if __name__ == "__main__":
    main()
