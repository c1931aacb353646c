"""Round 17's name principles, each in many wordings and both ways: the child named with a copula, the writer's
surname carried by someone else, a greeting line's role, staff named with doubt, the writer's partner, 'Elke' as
each, and two parents signing on one bare line."""
import pytest

from mailbot.extract.names import student_name
from mailbot.extract.text import split_closing


def name(body, subject="Klacht", sender="Els Peeters els.peeters@example.test"):
    main, closing = split_closing(body)
    return student_name(subject, main, closing, sender, ())[0]


# The writer naming their child with a copula.
@pytest.mark.parametrize("body,want", [
    ("Mijn naam is Mariam. Mijn dochter is Hana, zij is in groep 3. Ik wil een klacht geven.", "Hana"),
    ("Mijn dochter heet Hana en zit in groep 3. De juf roept tegen haar.", "Hana"),
    ("Onze zoon heet Bavo. Hij wordt al weken uitgelachen in de klas.", "Bavo"),
    ("Mijn zoon is Yusuf (groep 6) en hij wordt gepest op de speelplaats.", "Yusuf"),
    ("onze jongste heet Lore en ze zit in het 2de leerjaar, ze wordt buitengesloten.", "Lore"),
    ("Ons kind is Milan, uit klas 3B. De leerkracht negeert zijn hulpvraag.", "Milan"),
    ("My son is called Adam, he is in year 4, and the teacher shouted at him.", "Adam"),
    ("My daughter is Zara. She was left alone in the corridor all morning.", "Zara"),
    ("Mon fils s'appelle Noah, il est en 3e année et il est harcelé.", "Noah"),
    ("Mijn dochter is Hana Tesfaye uit groep 3 en zij wordt gepest.", "Hana Tesfaye"),
])
def test_a_child_named_with_a_copula_is_the_student(body, want):
    assert name(body) == want


@pytest.mark.parametrize("body", [
    "Mijn zoon is Marokkaans en wordt daarom uitgescholden.",
    "Mijn dochter is Belgisch en spreekt thuis Frans.",
    "Mijn dochter is erg verdrietig sinds de juf haar uitlachte.",
    "mijn zoon is ziek thuis sinds dinsdag, de juf heeft niks laten weten.",
    "Mijn zoon is Nederlands en woont pas sinds kort in België.",
    "Onze dochter is Engelstalig opgevoed en de juf lacht daarmee.",
])
def test_a_copula_before_a_nationality_or_a_state_names_no_child(body):
    assert name(body) is None


# Someone carrying the writer's surname with another first name is the child, in subject or body.
@pytest.mark.parametrize("subject,body,sender,want", [
    ("begeleiding Jitse De Schepper (5B)", "dag\n\nik ben de papa. die begeleidster is weer nie komen opdagen.\n\nkevin",
     "Kevin De Schepper kevin@example.test", "Jitse De Schepper"),
    ("begeleiding Oliwia Nowak 2B", "Ik ben mama van een meisje in 2de jaar. De begeleidster komt niet meer.",
     "Agnieszka Nowak aga@example.test", "Oliwia Nowak"),
    ("Klacht", "Sinds maart krijgt Wout Claes geen voorleessoftware meer bij toetsen.",
     "Ilse Claes ilse@example.test", "Wout Claes"),
    ("Re: Gesprek over Amira El Amrani", "Wij zijn het niet eens met wat er in het gesprek werd beslist.",
     "Youssef El Amrani y@example.test", "Amira El Amrani"),
    ("Fien Van den Bossche - toetsen", "De toetsen worden niet voorgelezen, zoals afgesproken was.",
     "Pieter Van den Bossche p@example.test", "Fien Van den Bossche"),
    ("klacht", "Onze Nand Verbruggen zit in het derde leerjaar en krijgt geen begeleiding.",
     "Sofie Verbruggen s@example.test", "Nand Verbruggen"),
])
def test_someone_with_the_writers_surname_is_the_child(subject, body, sender, want):
    assert name(body, subject=subject, sender=sender) == want


@pytest.mark.parametrize("body", [
    "Mijn man Pieter Nowak heeft al gebeld met de school over de juf.",
    "Mijn vrouw, Sarah Nowak, heeft de leerkracht gesproken.",
    "Ik schrijf samen met mijn echtgenoot Tomasz Nowak over de begeleiding.",
    "My husband Mark Nowak has already phoned the teacher twice.",
    "Agnieszka Nowak is mijn naam en ik ben boos over de begeleiding.",
    "Mevrouw Nowak, de juf, heeft niets laten weten.",
])
def test_the_writer_and_their_partner_with_that_surname_are_no_child(body):
    assert name(body, sender="Agnieszka Nowak aga@example.test") is None


# A role in the greeting line addresses the reader; the name on the next line is the child's.
@pytest.mark.parametrize("body,want", [
    ("Beste directeur,\n\nSiem (groep 8) vertelde gisteravond huilend dat hij gefilmd werd.", "Siem"),
    ("Beste directeur,\nSiem vertelde gisteren huilend dat hij gefilmd werd.\n\nMarloes", "Siem"),
    ("Geachte coördinator,\n\nLotte, onze dochter, krijgt al weken geen begeleiding.", "Lotte"),
    ("Dag meester,\n\nDaan (6 jaar) komt elke dag huilend thuis.", "Daan"),
    ("Hallo directeur,\n\nNoor, ons dochtertje, wordt elke dag uitgelachen.", "Noor"),
])
def test_a_name_below_a_greeting_with_a_role_is_the_child(body, want):
    assert name(body) == want


@pytest.mark.parametrize("body", [
    "Onze zoon zit in 3B. Gisteren zei zijn begeleider, Bart, dat het niet meer ging.",
    "Mijn dochter krijgt hulp van een begeleidster van jullie, Sofie denk ik dat ze heet, ze komt op dinsdag.",
    "Mijn dochter krijgt hulp van een begeleidster, Sofie geloof ik, maar die komt niet meer.",
    "Er komt een mevrouw van jullie centrum, Lien als ik me niet vergis, maar ze komt niet meer.",
    "Er is een leerondersteuner, Tom meen ik, die altijd te laat komt.",
    "Een man van het centrum, Dirk denk ik, heeft tegen mijn zoon geroepen.",
    "Hun begeleidster, Sofie denk ik, kwam gisteren weer niet.",
])
def test_staff_named_by_role_even_with_doubt_are_no_child(body):
    assert name(body) is None


@pytest.mark.parametrize("body,want", [
    ("Sindsdien durft hij niet naar school. Elke ochtend huilt hij.", None),
    ("Elke dag komt ze huilend thuis en de juf doet niets.", None),
    ("elke week opnieuw moet hij in de gang zitten.", None),
    ("Elke keer dat ik bel, krijg ik niemand aan de lijn.", None),
    ("Elke les moet hij alleen werken, zonder hulp.", None),
    ("Elke maandag is de begeleider afwezig.", None),
    ("Elke heeft buikpijn en wil niet naar school.", "Elke"),
    ("Elke zegt dat de juf haar uitlachte.", "Elke"),
    ("Elke nacht droomt ze ervan, zegt ze.", None),
    ("Onze dochter Elke wordt gepest.", "Elke"),
    ("Elke, onze dochter, wordt gepest.", "Elke"),
    ("Gisteren kwam Elke huilend thuis.", "Elke"),
])
def test_elke_before_a_noun_is_each_and_before_a_verb_a_name(body, want):
    assert name(body, sender="Hans Moerman h@example.test") == want


@pytest.mark.parametrize("signature", [
    "Karel Dobbelaere & Ine Smets", "Karel Dobbelaere en Ine Smets", "Martijn en Saskia Veenstra",
    "Ine Smets + Karel Dobbelaere", "Jan Van den Eynde & Sofie De Smet", "Ahmed El Idrissi and Sara Jansen",
    "Ine Smets / Karel Dobbelaere",
])
def test_two_parents_signing_on_one_line_are_no_child(signature):
    body = ("Onze zoon mag zijn toetsen niet meer in een aparte ruimte maken. Dat is nog steeds zo.\n\n"
            f"Wat kunnen we nog doen?\n\n{signature}")
    assert name(body, sender="Karel Dobbelaere k@example.test") is None
    assert split_closing(body)[1] == signature


@pytest.mark.parametrize("last", ["Daan en Lotte zijn allebei ziek", "Ine en Karel vinden dit niet oké"])
def test_a_last_sentence_about_two_children_is_no_signature(last):
    assert split_closing(f"Wat kunnen we nog doen?\n\n{last}")[1] == ""


@pytest.mark.parametrize("sender", ["Pieter-Jan Lenaerts pj@example.test", "Anne-Marie Lenaerts am@example.test"])
def test_the_second_half_of_the_writers_own_double_name_is_no_child(sender):
    first = sender.split()[0]
    body = f"Onze zoon krijgt geen begeleiding meer sinds januari.\n\nIk hoor graag van u.\n{first} Lenaerts"
    assert name(body, sender=sender) is None
