"""Latest incident: Dutch date forms, relative days against the mail's Date:, ongoing situations, traps."""
from datetime import date

import pytest

from mailbot.extract.dates import latest_incident
from mailbot.extract.text import sentences

TUE_13_OCT = date(2026, 10, 13)


def day(text, sent=TUE_13_OCT):
    return latest_incident(sentences(text), sent)[0]


@pytest.mark.parametrize("text,want", [
    ("Op dinsdag 6 oktober 2026 kwam de begeleidster niet.", date(2026, 10, 6)),
    ("Op 6 oktober kwam de begeleidster niet.", date(2026, 10, 6)),
    ("Op 6/10 kwam de begeleidster niet.", date(2026, 10, 6)),
    ("Gisteren kwam de begeleidster niet.", date(2026, 10, 12)),
    ("Vorige week donderdag kwam ze niet.", date(2026, 10, 8)),
    ("Afgelopen vrijdag kwam ze niet.", date(2026, 10, 9)),
    ("Twee weken geleden kwam ze niet.", date(2026, 9, 29)),
    ("Eind juni werd beloofd dat alles in orde kwam.", date(2026, 6, 28)),
    ("In november vorig jaar las ze een verslag vol fouten voor.", date(2025, 11, 15)),
    ("Last Thursday (8 October) the session was cancelled.", date(2026, 10, 8)),
])
def test_absolute_and_relative_dates(text, want):
    assert day(text) == want


@pytest.mark.parametrize("text", [
    "Sinds september krijgt hij nog steeds geen leersteun.",
    "De leerondersteuner is al weken niet meer geweest.",
    "Op 2 oktober werd de leersteun teruggeschroefd. Sindsdien komt ze nog maar om de twee weken.",
])
def test_an_ongoing_situation_gives_the_mails_own_date(text):
    assert day(text) == TUE_13_OCT


def test_class_years_grades_and_times_are_no_dates():
    assert day("Ze zit in groep 5/6 en het 5de leerjaar, haalde een 9,5 en kreeg 1/3 extra tijd om 10.05 uur.") is None


def test_a_support_that_started_long_ago_is_not_an_ongoing_incident():
    assert day("Hij krijgt sinds vorig jaar begeleiding. Twee weken geleden lachte ze hem uit.") == date(2026, 9, 29)


def test_a_future_hearing_and_a_summons_are_not_the_incident():
    text = ("De leersteun werd stopgezet op 14/09. Op 2 oktober hebben wij via onze advocaat een dagvaarding "
            "laten betekenen. De zitting is op 27 oktober.")
    assert day(text) == date(2026, 9, 14)


def test_the_parents_own_calls_do_not_move_the_date_when_facts_are_dated():
    text = "Op 1 oktober werd haar laptop afgenomen. Ik heb vorige week woensdag nog gebeld met de coördinator."
    assert day(text) == date(2026, 10, 1)


def test_no_time_reference_gives_none():
    assert day("Ze voelt zich niet goed begeleid en wil een andere begeleidster.") is None


@pytest.mark.parametrize("text,want", [
    # A bare weekday is the latest such day before the mail (Tue 13 Oct 2026).
    ("Maandag heeft de juf hem uitgelachen.", date(2026, 10, 12)),
    ("Het rapport dat vrijdag meekwam klopt niet.", date(2026, 10, 9)),
    ("Dinsdagochtend stond hij alleen op de speelplaats.", date(2026, 10, 6)),
    ("Eergisteren werd ze uitgescholden.", date(2026, 10, 11)),
    ("Gisterenavond kregen we een bericht van de juf.", date(2026, 10, 12)),
    ("Gistermiddag werd hij aan zijn jas getrokken.", date(2026, 10, 12)),
    ("Vanochtend was de les weer afgelast.", TUE_13_OCT),
    ("Afgelopen weekend werd er een foto van haar gedeeld.", date(2026, 10, 11)),
])
def test_weekdays_and_parts_of_days(text, want):
    assert day(text) == want


@pytest.mark.parametrize("text", [
    "Ze komen nooit op woensdag, en dat is het probleem.",
    "Volgende maandag is er een oudercontact.",
])
def test_a_weekday_in_a_habit_or_a_plan_is_no_incident(text):
    assert day(text) != date(2026, 10, 12) and day(text) != date(2026, 10, 7)


@pytest.mark.parametrize("text,want", [
    # The child's reaction (slept badly, told us, stays home, doubts since) does not move the incident.
    ("Maandag hebben ze haar opgewacht. Ze heeft het ons pas gisteravond verteld en gaat vandaag niet naar school.",
     date(2026, 10, 12)),
    ("Vorige donderdag duwde een ouder hem tegen het hek. Hij sliep vannacht slecht.", date(2026, 10, 8)),
    ("Op 2 maart zei de begeleidster dat hij dom is. Hij twijfelt sindsdien aan zichzelf.", date(2026, 3, 2)),
    ("Op 1 oktober liet het centrum weten dat er voortaan nog maar één sessie is.", date(2026, 10, 1)),
])
def test_after_effects_and_dated_decisions_keep_the_events_date(text, want):
    assert day(text) == want


def test_what_is_still_done_to_the_child_is_ongoing():
    assert day("Vorige maandag werd hij geslagen. Hij wordt nog steeds gepest.") == TUE_13_OCT


@pytest.mark.parametrize("text,want", [
    # the day of telling is no incident; what follows the "dat" is
    ("Gisteren zei hij ons dat de juf hem vorige donderdag aan zijn oor had getrokken.", date(2026, 10, 8)),
    ("Ze vertelde het ons zondag pas, maar het gebeurde al op 7 oktober in de gymzaal.", date(2026, 10, 7)),
    # holidays: the school day before, the day after
    ("Vlak voor de herfstvakantie werd de begeleiding zomaar stopgezet.", date(2025, 10, 24)),
    ("Na de zomervakantie kreeg hij ineens geen extra tijd meer bij toetsen.", date(2026, 9, 1)),
    # a plan that did not happen, the writer's own lasting opinion: no ongoing facts
    ("Op 2 oktober kwam de begeleidster niet, terwijl hij al sinds september hulp zou krijgen.", date(2026, 10, 2)),
    ("Op 5 oktober kreeg ze opnieuw te weinig uren. Ik ben het daar nog altijd niet mee eens.", date(2026, 10, 5)),
    # the month of the parent's earlier complaint is weaker than the facts' own date
    ("Op 28 september ging de sessie niet door. In oktober hebben we daarover een klacht ingediend.", date(2026, 9, 28)),
])
def test_disclosures_holidays_plans_and_opinions(text, want):
    assert day(text) == want


@pytest.mark.parametrize("text,want", [
    # a month-only window: "vorige maand" is the month before the mail
    ("Vorige maand mocht hij als enige niet mee naar het museum.", date(2026, 9, 15)),
    ("Last month the support worker skipped three sessions.", date(2026, 9, 15)),
    # what the writer says is fine, and the outcome of their own steps, are not the facts going on
    ("Op 2 oktober werd ze uit de les gestuurd. Sinds de nieuwe juf er is, gaat het verder goed, daarover klaag ik niet.",
     date(2026, 10, 2)),
    ("Op 5 oktober kwam de begeleidster niet. Ik heb het op 7 oktober gemeld. Er is sindsdien niets veranderd.",
     date(2026, 10, 5)),
    ("Op 8 oktober lachte de begeleidster hem uit. Ik heb sindsdien nauwelijks geslapen.", date(2026, 10, 8)),
    # a meeting to come is no incident, even a weekday in "volgende week"
    ("Op 1 oktober ging de sessie niet door. Volgende week dinsdag hebben we een gesprek.", date(2026, 10, 1)),
    ("Op 1 oktober ging de sessie niet door. Na de herfstvakantie hebben we een overleg op school.", date(2026, 10, 1)),
])
def test_month_windows_things_that_are_fine_and_plans(text, want):
    assert day(text) == want


@pytest.mark.parametrize("region,want", [
    # the Dutch spring break differs per region: the school's own calendar dates "na de voorjaarsvakantie"
    (("NL", "Noord"), date(2026, 3, 2)),
    (("NL", "Zuid"), date(2026, 2, 23)),
])
def test_school_holidays_come_from_the_procedures_region(region, want):
    text = "Direct na de voorjaarsvakantie werd ze zonder overleg in een andere groep gezet."
    assert latest_incident(sentences(text), date(2026, 3, 20), region=region)[0] == want


def test_a_decision_in_a_dated_letter_is_dated_by_the_letter_even_when_it_says_nog_maar():
    from datetime import date
    from mailbot.extract.dates import latest_incident
    s = ["Volgens jullie brief van dinsdag 3 februari krijgt Lina na de krokusvakantie nog maar één sessie per maand."]
    day, _ = latest_incident(s, date(2026, 2, 20), [date(2026, 2, 20)], ("BE", None))
    assert day == date(2026, 2, 3)


def test_a_time_phrase_of_the_writers_intended_step_dates_no_incident():
    text = ("Op vrijdag 9 oktober kreeg Lina geen extra tijd bij haar toets. "
            "Ik ga vandaag nog met de juf bellen, maar ik wou u al op de hoogte brengen.")
    assert day(text) == date(2026, 10, 9)


def test_a_suspected_pattern_in_the_writers_view_is_no_ongoing_fact():
    text = ("Op donderdag 8 oktober mocht Milan niet mee op uitstap omdat zijn briefje zoek was. "
            "Volgens mij is het niet de eerste keer dat er briefjes verdwijnen.")
    assert day(text) == date(2026, 10, 8)


@pytest.mark.parametrize("text,want", [
    # the writer's not knowing after a one-off event does not make it go on
    ("Last Thursday the reading test was cancelled again without notice. We still have no idea where he stands.",
     date(2026, 10, 8)),
    ("Vorige donderdag werd het oudercontact weer geschrapt. We hebben nog altijd geen idee hoe het met hem gaat.",
     date(2026, 10, 8)),
    # the child's background is not the facts complained about
    ("He arrived from Poland last year and is still learning Dutch. On 6 October he had to do the test alone.",
     date(2026, 10, 6)),
    ("Sinds de zomer wonen we in Gent en zijn Nederlands is nog altijd beperkt. Gisteren moest hij nablijven.",
     date(2026, 10, 12)),
    # staff answering the writer in a later call dates a step, not the incident
    ("Vorige week maandag mocht hij zijn koptelefoon niet gebruiken. De juf heeft dat vrijdag aan de telefoon ook "
     "bevestigd.", date(2026, 10, 5)),
])
def test_what_goes_on_or_comes_later_but_is_not_the_incident(text, want):
    assert day(text) == want


def test_english_since_a_time_with_a_negation_goes_on():
    assert day("Since the autumn break nobody practises reading with her any more.") == TUE_13_OCT
    assert day("Since she was ill on 2 October, we asked for a meeting.") != TUE_13_OCT


def test_nog_maar_says_only_not_still():
    # "nog maar één keer per trimester": a rule's reduced frequency, no situation going on up to the mail
    assert day("De dienst bekijkt aanvragen voortaan nog maar twee keer per jaar.") is None


@pytest.mark.parametrize("text,want", [
    # the child's own appointment with staff, cancelled, is the fact; the writer's later call is a step
    ("Vorige donderdag had Mats een afspraak met zijn begeleider, die op het laatste moment werd geschrapt. "
     "Ik heb de begeleider vrijdag opgebeld.", date(2026, 10, 8)),
    # a later talk the writer had about it is a step too, even with a date
    ("Op 1 oktober kreeg Ines haar aangepaste toets niet. Op 9 oktober hadden we er een gesprek over met de "
     "mentor, zonder resultaat.", date(2026, 10, 1)),
])
def test_the_childs_appointment_is_a_fact_the_writers_meeting_a_step(text, want):
    assert day(text) == want


def test_a_lead_time_before_an_event_is_not_an_ongoing_situation():
    # 'al weken op voorhand gepland' says when the session was fixed, not that the facts go on
    text = ("Op maandag 5 oktober kwam de begeleidster niet, hoewel de sessie al weken op voorhand gepland was. "
            "Nu gaat het goed.")
    assert day(text) == date(2026, 10, 5)


def test_staff_refusing_is_the_fact_going_on_not_the_childs_reaction():
    assert day("De school weigert nog steeds de koptelefoon voor Jana, ook al heeft de dokter het gevraagd.") \
        == TUE_13_OCT


def test_the_writers_talk_about_it_with_staff_is_a_step_not_the_incident():
    text = ("Op donderdag 1 oktober zat Milan opnieuw alleen op de gang tijdens de les. "
            "Ik heb het daar afgelopen vrijdag nog uitgebreid met zijn leerondersteuner over gehad.")
    assert day(text) == date(2026, 10, 1)


def test_a_counted_stretch_that_ended_is_no_ongoing_situation():
    assert day("In maart is haar begeleiding drie weken lang volledig weggevallen.") == date(2026, 3, 15)
    assert day("Hij krijgt al drie weken lang geen begeleiding meer.") == TUE_13_OCT


def test_a_contrast_clause_about_the_writers_earlier_request_keeps_the_fact_dated():
    text = ("Vorige donderdag heeft de begeleidster in de klas verteld dat hij dyslexie heeft, terwijl wij uitdrukkelijk "
            "hadden gevraagd dat niet te doen. Ik heb haar gisteren gebeld.")
    assert day(text) == date(2026, 10, 8)


# Round 11: the day the writer learnt of it, a topic that stays, a measure withdrawn, praise of what goes on.
@pytest.mark.parametrize("text,want", [
    # the child telling the parents, or the parents finding out, is no incident (nl and en)
    ("Vorige woensdag werd Sara in de gang vastgegrepen door een jongen uit groep 8. Pas gisteren vertelde ze het ons.",
     date(2026, 10, 7)),
    ("On 5 October a classmate pushed him off the climbing frame. He only told us about it yesterday.", date(2026, 10, 5)),
    ("Op 2 oktober werd Ben geschopt op de speelplaats. Eergisteren hoorden we het pas van een andere mama.",
     date(2026, 10, 2)),
    # the topic of a renewed complaint ("het gaat nog altijd over ...") is no ongoing situation
    ("Mijn klacht betreft nog altijd hetzelfde voorval: op 14 september werd Noor uitgescholden door de begeleidster.",
     date(2026, 9, 14)),
    ("It is still about the same incident: on 21 September the support teacher did not turn up.", date(2026, 9, 21)),
    # the outcome of the earlier complaint dates the handling, not the facts
    ("Op 20 september kreeg ik een brief dat mijn klacht ongegrond werd verklaard. Het ging om de sessie van 3 september "
     "die zonder verwittiging werd afgelast.", date(2026, 9, 3)),
    # what the writer says goes well since then is not the facts going on
    ("Op 9 oktober vorig jaar noemde de begeleidster haar dom. Het loopt sindsdien echt wel goed met de begeleiding.",
     date(2025, 10, 9)),
])
def test_learning_of_it_a_topic_and_what_goes_well_are_not_the_incident(text, want):
    assert day(text) == want


@pytest.mark.parametrize("text", [
    # a measure withdrawn since a day stays withdrawn up to the mail
    "Sinds maandag 5 oktober heeft de school de rustruimte voor hem afgeschaft.",
    "Sinds 1 oktober is zijn extra tijd bij toetsen ingetrokken door de directie.",
    "Since 2 October the school has withdrawn her laptop.",
])
def test_a_measure_withdrawn_since_a_day_is_ongoing(text):
    assert day(text) == TUE_13_OCT


@pytest.mark.parametrize("text,want", [
    # the writer receiving a letter, an answer or a decision dates when they heard, not what happened
    ("Op 2 oktober werd Lotte op de speelplaats geduwd. Op 9 oktober kregen wij de brief met de beslissing van de "
     "directie.", date(2026, 10, 2)),
    ("Op 2 oktober werd Lotte geduwd. Gisteren heb ik uw antwoord ontvangen.", date(2026, 10, 2)),
    ("Last Tuesday (6 October) Tom was pushed. On 9 October we received a letter from the school.", date(2026, 10, 6)),
    # staff calling or mailing the writer back, the writer sending the complaint, the writer's own absence
    ("Op 2 oktober kwam de begeleidster niet. De coördinator belde ons op 7 oktober terug.", date(2026, 10, 2)),
    ("Op 2 oktober kwam de begeleidster niet. Op 8 oktober werd ik gebeld door de directeur.", date(2026, 10, 2)),
    ("Op 2 oktober kwam de begeleidster niet. Mijn klacht heb ik op 5 oktober per mail verstuurd.", date(2026, 10, 2)),
    ("Op 2 oktober werd Tom gepest. Ik schrijf pas nu omdat wij tot 9 oktober op reis waren.", date(2026, 10, 2)),
    # ... but a message whose content is the act complained about is the incident
    ("Op 2 oktober hadden we een goed gesprek. Op 9 oktober kregen we een mail dat de leersteun stopt.",
     date(2026, 10, 9)),
])
def test_correspondence_about_the_matter_is_no_incident(text, want):
    assert day(text) == want


@pytest.mark.parametrize("text,want", [
    # "terug" for "geleden" (Flemish, spoken Dutch); counts beyond six, in words
    ("Twee dagen terug werd Tom op de speelplaats geschopt.", date(2026, 10, 11)),
    ("Drie weken terug kwam de begeleidster niet opdagen.", date(2026, 9, 22)),
    ("Tien dagen geleden werd Tom uitgelachen door de meester.", date(2026, 10, 3)),
    ("Veertien dagen geleden werd de sessie zonder bericht afgelast.", date(2026, 9, 29)),
    ("Five days ago the teacher shouted at him.", date(2026, 10, 8)),
    ("Tom was kicked the day before yesterday.", date(2026, 10, 11)),
    # a day of the month alone, with its ordinal: this month, or last month when still to come
    ("Op de 8ste werd Tom geschopt.", date(2026, 10, 8)),
    ("Op de 20ste werd de leersteun weer niet gegeven.", date(2026, 9, 20)),
    ("On the 7th of October the session was cancelled.", date(2026, 10, 7)),
])
def test_more_ways_to_write_a_day_gone_by(text, want):
    assert day(text) == want


def test_an_ordinal_before_a_noun_is_no_day():
    assert day("Ze zit in de 3de graad en wordt gepest.") is None


def test_the_christmas_break_across_new_year_is_one_break():
    # the holiday calendar splits the break at 1 January; "voor" means the last school day before 22 December
    for text in ("In de week voor de kerstvakantie werden haar examens niet begeleid.",
                 "Net voor de kerstvakantie kwam de begeleidster niet opdagen."):
        got = latest_incident(sentences(text), date(2026, 7, 14), None, ("BE", "VLG"))[0]
        assert got == date(2025, 12, 19)
    got = latest_incident(sentences("Na de kerstvakantie kreeg hij geen extra tijd meer bij toetsen, zonder uitleg."),
                          date(2026, 3, 2), None, ("BE", "VLG"))[0]
    assert got == date(2026, 1, 5)


@pytest.mark.parametrize("text,want", [
    # calling in on staff, in every inflection, is a step of the writer
    ("Op 6 oktober nam de juf haar laptop af. De coördinator, bij wie ik maandag langs ben geweest, houdt vol.",
     date(2026, 10, 6)),
    ("Op 6 oktober nam de juf haar laptop af. Gisteren zijn we bij de directie langsgegaan.", date(2026, 10, 6)),
    # counting occurrences since a time ends at the last one: "for the fourth time since September"
    ("Last Tuesday the support worker did not turn up, for the fourth time since September.", date(2026, 10, 6)),
    ("Vorige dinsdag kwam de begeleider niet, al de derde keer sinds de herfstvakantie.", date(2026, 10, 6)),
    ("Vorige dinsdag bleef de begeleidster weg, voor de vierde maal sinds september.", date(2026, 10, 6)),
    # the way out (another supporter, another school) is no fact complained about
    ("Op 10 maart kwam ze weer niet. Na de paasvakantie kreeg Axelle een andere begeleider en vanaf dan liep alles goed.",
     date(2026, 3, 10)),
    ("Op 10 maart kwam ze weer niet. Sinds 1 juni is hij van school veranderd.", date(2026, 3, 10)),
    ("On 10 March nobody came. In May she changed schools.", date(2026, 3, 10)),
    # ... unless the new one fails too
    ("Op 10 maart kwam ze niet. Op 2 oktober kreeg hij een nieuwe begeleider, maar ook die kwam niet.", date(2026, 10, 2)),
])
def test_the_writers_visit_a_count_since_and_the_way_out_are_no_later_incident(text, want):
    assert day(text) == want


@pytest.mark.parametrize("text,want", [
    # the complaint's time limit and a short follow-up about it date the writing, not the facts
    ("Op 14 april zei de begeleidster dat hij beter naar het beroeps gaat. Ik las dat een klacht binnen de zes maanden "
     "moet worden ingediend. Dat is vandaag dus nog net het geval.", date(2026, 4, 14)),
    ("Op 14 april zei de begeleidster dat hij dom is. Ik dien mijn klacht vandaag in, dus nog op tijd.", date(2026, 4, 14)),
    # the household's circumstances (staying with grandma, parents away) are background
    ("Lieke logeert deze week bij ons omdat haar ouders op reis zijn. Gisteren werd ze in de gymzaal lastiggevallen.",
     date(2026, 10, 12)),
    ("Gisteren werd Sem geduwd. Hij verblijft deze week bij zijn oma omdat zijn mama in het buitenland zit.",
     date(2026, 10, 12)),
    # what the next sentence calls a consequence is an after-effect
    ("Op 11 december 2025 nam de juf zijn leesmap mee. Op 26 juni kregen we het rapport met een onvoldoende. Dat is voor ons "
     "het gevolg van wat er in december gebeurd is.", date(2025, 12, 11)),
    ("Op 11 december 2025 nam de juf zijn leesmap mee. Op 2 oktober bleef hij zitten. Dit komt door die verloren map.",
     date(2025, 12, 11)),
    # a report complained about in itself stays the incident
    ("Op 11 december 2025 nam de juf zijn map mee. Op 9 oktober kregen we het rapport met een onvoldoende die niet klopt.",
     date(2026, 10, 9)),
])
def test_the_writing_the_household_and_consequences_date_no_incident(text, want):
    assert day(text) == want


@pytest.mark.parametrize("text", [
    "Even de voorgeschiedenis. Al sinds groep 3 horen we dat hij snel klaar is. Op 23 januari werd hij geweigerd.",
    "Eerst wat achtergrond: Sinds het eerste leerjaar zegt elke juf dat ze vlot leest. Op 23 januari werd ze geweigerd.",
])
def test_announced_background_is_not_the_facts_going_on(text):
    assert day(text, date(2026, 2, 17)) == date(2026, 1, 23)


@pytest.mark.parametrize("text,want", [
    # a new supporter the writer goes on to complain about is the fact, not a way out
    ("Op 10 maart kwam ze niet. Sinds 1 oktober heeft de klas een nieuwe juf die hem elke dag uitlacht.", TUE_13_OCT),
    ("Op 10 maart kwam ze niet. Op 5 oktober kreeg hij een andere begeleider, zonder enig overleg met ons.",
     date(2026, 10, 5)),
    # the way out, in other words
    ("Op 10 maart kwam ze niet. In mei is Lars overgestapt naar een andere school.", date(2026, 3, 10)),
    ("Op 10 maart kwam ze niet. Vanaf april kregen we een nieuwe leerondersteuner en sindsdien gaat het prima.",
     date(2026, 3, 10)),
    # the time limit in other words; the follow-up pointing back judged on its first clause
    ("Op 2 maart werd ze uitgelachen door de begeleidster. Een klacht moet binnen een termijn van zes maanden, las ik. "
     "Dat is vandaag nog zo, dus ik schrijf nu.", date(2026, 3, 2)),
    ("On 2 March the support worker mocked her. I read a complaint must be made within six months. "
     "That is still the case today.", date(2026, 3, 2)),
])
def test_the_way_out_and_the_time_limit_in_other_words(text, want):
    assert day(text) == want


def test_late_or_on_time_in_the_facts_is_no_time_limit():
    text = ("Op 1 oktober kwam ze niet opdagen. Mijn klacht is vooral dat de begeleidster op 6 oktober weer te laat kwam "
            "en de toets al voorbij was.")
    assert day(text) == date(2026, 10, 6)


@pytest.mark.parametrize("text,want", [
    # the writer's own message, told in the simple past, is the day of writing
    ("Hieronder de mail die ik op 8 oktober aan de juf stuurde. Op maandag 5 oktober werd Ruben buitengezet.",
     date(2026, 10, 5)),
    ("Onderaan vindt u het bericht dat we op 9/10 naar de begeleidster verstuurden. Op 6 oktober kwam ze niet.",
     date(2026, 10, 6)),
    ("Below is the email that I sent on 9 October. On 5 October she was sent out of class.", date(2026, 10, 5)),
    # a reference back to an earlier talk ("zoals ik dinsdag al zei") dates the talk, not the facts
    ("Zoals ik u vrijdag al vertelde, werd Ruben op 5 oktober zonder overleg naar een andere groep gezet.",
     date(2026, 10, 5)),
    ("Op 5 oktober is hij naar de laagste groep verplaatst. Zoals ik gisteren al zei, blijf ik bij die indeling.",
     date(2026, 10, 5)),
    # where the family lives and since when is no ongoing situation
    ("Wij wonen sinds de zomer in Nederland. Vorige week dinsdag moest ze de hele pauze binnenblijven.",
     date(2026, 10, 6)),
    ("Sinds we in Antwerpen wonen, gaat hij naar deze school. Op 7 oktober werd hij uitgelachen door de juf.",
     date(2026, 10, 7)),
    ("We live in Belgium since last year. Last Thursday the teacher shouted at him.", date(2026, 10, 8)),
])
def test_the_writers_own_mail_an_earlier_talk_and_where_the_family_lives_date_no_facts(text, want):
    assert day(text) == want


def test_a_mail_whose_content_is_the_fact_still_dates_it():
    # the school's mail telling the measure is the act complained about
    assert day("Op 9 oktober kregen we een mail dat de leersteun stopt.") == date(2026, 10, 9)


@pytest.mark.parametrize("text,want", [
    # told in the past, "niet de eerste keer" looks back from the dated event
    ("Vorige week woensdag bracht de begeleidster de werkbladen niet mee. Het was niet de eerste keer dat er iets "
     "ontbrak.", date(2026, 10, 7)),
    ("Op 5 oktober werd hij weer uitgelachen; het was ook niet de eerste keer.", date(2026, 10, 5)),
    # in the present it still runs up to the mail
    ("Op 5 oktober werd hij weer uitgelachen. Het is niet de eerste keer dat dit gebeurt.", TUE_13_OCT),
])
def test_a_repetition_told_in_the_past_keeps_the_events_date(text, want):
    assert day(text) == want


# Round 14: each principle in the words other parents use, both ways. The mail is dated Tue 13 Oct 2026; the fact
# dated 2 October is what must win when the situation does not go on.
OCT_2 = date(2026, 10, 2)


@pytest.mark.parametrize("text", [
    "Op 1 september werd extra leesbegeleiding beloofd. Tot nu toe is dat nog geen enkele keer gebeurd.",
    "Op 1 september werd een laptop beloofd. Tot op heden heeft hij er geen gekregen.",
    "Op 1 september werd de begeleiding afgesproken. Tot op vandaag is er niemand gekomen.",
    "op 1 september werd dat afgesproken. tot nu toe niks.",
    "Op 1 september werd het beloofd. Tot nog toe is de begeleidster niet één keer langsgekomen.",
    "Op 1 september werd het afgesproken. De leerondersteuner is tot nu toe nooit komen opdagen.",
    "Op 1 september werd het afgesproken. Hij heeft tot op heden geen aangepaste toetsen gekregen.",
    "Op 1 september werd het afgesproken, maar tot nu toe weigert de school dat na te komen.",
    "On 1 September extra time was agreed. So far nobody from the centre has come.",
    "On 1 September extra time was agreed. Until now she has not received it.",
    "Le 1er septembre on nous a promis de l'aide. Jusqu'à présent, personne n'est venu.",
])
def test_what_has_not_happened_up_to_now_goes_on(text):
    assert day(text) == TUE_13_OCT


@pytest.mark.parametrize("text", [
    "Op 2 oktober kreeg ze geen extra tijd, terwijl ze die tot nu toe wel altijd kreeg.",
    "Tot nu toe was ik tevreden over de begeleiding, maar op 2 oktober schreeuwde de juf hem uit.",
    "Tot nu toe ging alles goed. Op 2 oktober werd hij op de speelplaats geduwd.",
    "Op 2 oktober werd hij geduwd; tot nu toe had hij nooit problemen gehad.",
    "Op 2 oktober werd de leersteun stopgezet. Tot nu toe kregen we geen antwoord op onze mail.",
    "Op 2 oktober werd hij uitgelachen. Tot nu toe hebben we daar niet over geklaagd.",
])
def test_up_to_now_that_looks_back_or_went_well_is_no_ongoing(text):
    assert day(text) == OCT_2


@pytest.mark.parametrize("text", [
    "Daarna is niemand meer gekomen, al drie weken niet.",
    "De begeleidster is al 2 weken niet meer geweest.",
    "Hij zit al een paar weken zonder begeleiding.",
    "Ze krijgt al enkele maanden geen extra tijd bij toetsen.",
    "De laptop van de school is al twee maanden kapot.",
    "Al drie weken wacht hij op zijn hulpmiddelen.",
    "de juf van leersteun komt al 3 weken niet",
    "For three weeks now she has had no support at all.",
])
def test_a_counted_stretch_that_al_runs_up_to_the_mail_goes_on(text):
    assert day(text) == TUE_13_OCT


@pytest.mark.parametrize("text,want", [
    ("Al twee weken geleden, op 29 september, werd hij geslagen.", date(2026, 9, 29)),
    ("De uitstap lag al twee maanden op voorhand vast, maar op 2 oktober werd hij uitgesloten.", OCT_2),
    ("Hij is al twee keer geslagen, het laatst op 2 oktober.", OCT_2),
    ("Op 2 oktober werd hij drie weken geschorst.", OCT_2),
])
def test_al_before_a_point_in_the_past_or_a_count_of_times_is_no_stretch(text, want):
    assert day(text) == want


@pytest.mark.parametrize("text", [
    'Op 2 oktober zei de juf dat hij "nog steeds niet kan lezen".',
    'De juf riep op 2 oktober: "Jij bent nog altijd de traagste!"',
    "Op 2 oktober noemde de begeleider zijn werk ‘nog steeds om te huilen’.",
    "Op 2 oktober schreef ze in zijn agenda: „al weken geen huiswerk”.",
    'On 2 October the teacher told him his work was "still a disgrace".',
])
def test_a_marker_inside_someones_quoted_words_is_no_ongoing_situation(text):
    assert day(text) == OCT_2


def test_a_marker_outside_the_quotes_still_goes_on():
    assert day('Op 2 oktober zei de juf "dat komt wel". Maar hij krijgt nog steeds geen hulp.') == TUE_13_OCT


@pytest.mark.parametrize("text", [
    "Sinds september wachten wij op een verslag.",
    "We wachten sinds 1 september op de beloofde laptop.",
    "sinds begin september wacht hij op zijn logopedie op school",
    "Since September we have been waiting for the report.",
])
def test_waiting_since_a_day_for_what_is_owed_goes_on(text):
    assert day(text) == TUE_13_OCT


@pytest.mark.parametrize("text", [
    "Op 2 oktober werd hij uitgesloten. Ik wacht sinds maandag op uw reactie.",
    "Op 2 oktober werd hij uitgesloten. Sinds vorige week wachten we op een antwoord van de directie.",
    "On 2 October he was excluded. We have been waiting since Monday for your reply.",
])
def test_waiting_for_an_answer_is_the_process_not_the_facts(text):
    assert day(text) == OCT_2


@pytest.mark.parametrize("text", [
    "Op 2 oktober werd de laptop afgenomen. Sinds vorige week mag hij hem weer gebruiken, daar gaat het dus niet meer om.",
    "Op 2 oktober werd de laptop afgenomen. Sindsdien heeft hij een andere begeleider, maar daar gaat het niet om.",
    "Op 2 oktober werd de laptop afgenomen. Sinds maandag zit hij niet meer in die klas, dat is het probleem niet.",
    "On 2 October his laptop was taken away. Since Monday he no longer has that teacher, but that's not the issue.",
])
def test_a_clause_the_writer_sets_aside_is_not_the_facts(text):
    assert day(text) == OCT_2


def test_what_the_writer_says_it_is_about_still_goes_on():
    assert day("Sinds september krijgt hij geen leersteun meer, en daar gaat het om.") == TUE_13_OCT


@pytest.mark.parametrize("text", [
    "Op 2 oktober werd hij uitgesloten. De zaak is op 9 oktober ingeleid.",
    "Op 2 oktober werd hij uitgesloten. Het kort geding werd op 9 oktober gepleit.",
    "Op 2 oktober werd hij uitgesloten. De procedure is op 9 oktober aanhangig gemaakt.",
    "On 2 October he was excluded. The case was filed on 9 October.",
])
def test_a_court_cases_own_steps_are_process(text):
    assert day(text) == OCT_2


def test_a_file_mislaid_by_staff_is_still_a_fact():
    assert day("Op 9 oktober heeft de juf het dossier van mijn zoon kwijtgespeeld.") == date(2026, 10, 9)


@pytest.mark.parametrize("text", [
    "Op 1 september werd het afgesproken. Hij krijgt nogsteeds geen hulp.",
    "Op 1 september werd het afgesproken. De juf blijft weigeren om hem extra tijd te geven.",
    "Op 1 september werd het afgesproken. De leerkrachten blijven maar zeggen dat het eraan komt.",
    "Op 1 september werd het afgesproken. Keer op keer vergeet de juf zijn extra tijd.",
    "Op 1 september werd het afgesproken. Telkens weer krijgt hij geen extra tijd.",
    "Op 1 september werd het afgesproken. Hij wordt dag na dag gepest.",
    "Op 1 september werd het afgesproken. Week na week komt de begeleidster niet opdagen.",
    "On 1 September it was agreed. The teacher keeps refusing to give her extra time.",
    "Op 1 september werd het afgesproken. Vanaf september krijgt hij geen begeleiding meer.",
    "Sedert de herfstvakantie krijgt hij geen begeleiding meer.",
    "Sinds het begin van het schooljaar komt er niemand.",
    "Op 1 september werd het afgesproken. Sedertdien is de begeleider niet meer gekomen.",
    "Al het hele schooljaar krijgt hij geen begeleiding.",
    "Hij krijgt het hele trimester al geen begeleiding.",
    "Op 1 september werd het afgesproken. Tot op de dag van vandaag heeft hij niets gekregen.",
])
def test_going_on_told_by_the_verb_a_repetition_or_a_whole_period(text):
    assert day(text) == TUE_13_OCT


@pytest.mark.parametrize("text", [
    "Op 2 oktober werd hij keer op keer uitgelachen.",
    "Op 2 oktober is ze zelf op haar gsm blijven zitten.",
    "Op 2 oktober werd hij geslagen. Toch blijft die uitspraak mij dwarszitten.",
    "Op 2 oktober moest hij een toets maken terwijl er voortdurend kinderen voorbijliepen.",
    "Op 2 oktober werd hij geslagen. Meer wil hij er op dit moment niet over zeggen.",
    "Op 2 oktober werd hij geslagen. Wij vragen dat de begeleiding behouden blijft en willen een gesprek.",
    "Op 2 oktober werd hij geslagen. Het litteken is nog steeds zichtbaar.",
    "Op 2 oktober werd hij geslagen. Hij heeft nog altijd pijn aan zijn arm.",
    "Op 2 oktober werd hij geslagen. Sindsdien gaat het gelukkig stilaan beter.",
    "Op 2 oktober werd hij geslagen. Sindsdien gaat het al een stukje beter.",
])
def test_a_scene_told_in_the_past_marks_that_outlast_it_and_what_goes_better_are_no_ongoing(text):
    assert day(text) == OCT_2


@pytest.mark.parametrize("text,want", [
    ("Een week of twee geleden werd hij geslagen.", date(2026, 9, 29)),
    ("Anderhalve week geleden werd hij geslagen.", date(2026, 10, 3)),
    ("Een paar dagen geleden werd hij geslagen.", date(2026, 10, 10)),
    ("Enkele dagen terug werd hij geslagen.", date(2026, 10, 10)),
    ("A few days ago he was hit.", date(2026, 10, 10)),
    ("Deze ochtend werd hij geslagen.", TUE_13_OCT),
    ("Deze voormiddag werd hij uitgescholden.", TUE_13_OCT),
    ("Eind vorige maand werd hij geslagen.", date(2026, 9, 28)),
    ("Begin vorige maand werd hij geslagen.", date(2026, 9, 5)),
    ("Vorige maand werd hij geslagen.", date(2026, 9, 15)),
])
def test_approximate_counts_parts_of_today_and_parts_of_last_month(text, want):
    assert day(text) == want


@pytest.mark.parametrize("text", [
    "Op 2 oktober werd hij geslagen. Op 9 oktober zaten we samen met de directie.",
    "Op 2 oktober werd hij geslagen. Op 9 oktober stuurde ik de juf een mailtje.",
    "Op 2 oktober werd hij geslagen. Op 9 oktober ging ik langs bij de zorgcoördinator.",
    "Op 2 oktober werd hij geslagen. Op 9 oktober klopte ik aan bij de juf.",
    "Op 2 oktober werd hij geslagen. Op 9 oktober trok ik aan de bel bij de directie.",
    "Op 2 oktober werd hij geslagen. Wij belden op 9 oktober naar de school.",
    "Op 2 oktober werd hij geslagen. Op 9 oktober was er een oudercontact waar het besproken werd.",
    "Op 2 oktober werd hij geslagen. On 9 October I phoned the teacher.",
])
def test_the_writers_own_step_in_the_simple_past_either_order_is_process(text):
    assert day(text) == OCT_2


@pytest.mark.parametrize("text", [
    "Op 2 oktober werd hij geslagen. Op 9 oktober werd hij opnieuw geslagen.",
    "Op 2 oktober werd hij geslagen. Op 9 oktober stuurde de juf hem de gang op.",
    "Op 2 oktober werd hij geslagen. Op 9 oktober zei de juf tegen hem dat hij dom was.",
    "Op 2 oktober werd hij geslagen. Op 9 oktober vertelde de juf haar dat ze niet mee mocht.",
])
def test_staff_acting_on_or_telling_the_child_is_the_incident(text):
    assert day(text) == date(2026, 10, 9)
