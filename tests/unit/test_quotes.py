"""strip_quoted: the parent's new words stay, the history and footers go."""
from mailbot.quotes import strip_quoted

NEW = "Mijn dochter is gisteren weer gepest.\n\nMet vriendelijke groeten,\nAnna de Vries"


def test_gmail_dutch_attribution_wrapped_over_two_lines_is_cut():
    text = NEW + "\n\nOp di 4 jun 2024 om 10:12 schreef Klachten Basisschool <\nklachten@school.example>:\n\n> oud\n"
    assert strip_quoted(text) == NEW


def test_apple_mail_dutch_attribution_is_cut():
    text = NEW + "\n\nOp 4 jun. 2024, om 10:12 heeft Klachten <klachten@school.example> het volgende geschreven:\n\n> oud"
    assert strip_quoted(text) == NEW


def test_gmail_english_attribution_is_cut():
    text = NEW + "\n\nOn Tue, Jun 4, 2024 at 10:12 AM Klachten <klachten@school.example> wrote:\n> old"
    assert strip_quoted(text) == NEW


def test_outlook_header_block_in_dutch_and_english_is_cut():
    for block in ("Van: Klachten <k@school.example>\nVerzonden: dinsdag 4 juni 2024 10:12\nAan: Anna\nOnderwerp: Klacht",
                  "From: Klachten <k@school.example>\nSent: Tuesday, June 4, 2024 10:12 AM\nTo: Anna\nSubject: Klacht",
                  "*Van:* Klachten\n*Verzonden:* dinsdag 4 juni 2024\n*Aan:* Anna\n*Onderwerp:* Klacht"):
        assert strip_quoted(NEW + "\n\n________________________________\n" + block + "\n\noud") == NEW
        assert strip_quoted(NEW + "\n\n" + block + "\n\noud") == NEW


def test_original_message_separators_are_cut():
    for sep in ("-----Oorspronkelijk bericht-----", "-----Original Message-----",
                "---------- Forwarded message ---------", "Begin doorgestuurd bericht:"):
        assert strip_quoted(NEW + "\n\n" + sep + "\nVan: x\noud") == NEW


def test_signature_after_the_separator_goes_but_the_sign_off_stays():
    assert strip_quoted(NEW + "\n-- \nAnna de Vries | Bakkerij De Vries | 06-12345678") == NEW


def test_mobile_footers_are_cut():
    for footer in ("Verzonden vanaf mijn iPhone", "Sent from my iPhone", "Verstuurd vanaf mijn Samsung Galaxy",
                   "Verzonden met Mail voor Windows", "Outlook voor iOS downloaden", "Get Outlook for Android"):
        assert strip_quoted(NEW + "\n\n" + footer + "\n\n> oud") == NEW


def test_interleaved_quote_lines_are_dropped_and_answers_kept():
    text = "> Wanneer was het incident?\nOp 3 juni.\n> Wie was erbij?\nDe meester van groep 6."
    assert strip_quoted(text) == "Op 3 juni.\nDe meester van groep 6."


def test_a_parent_quoting_a_teacher_in_their_own_words_is_not_cut():
    text = "Op maandag schreef de juf:\n'Jan mag niet mee op schoolreis.'\nDat vinden wij onterecht."
    assert strip_quoted(text) == text


def test_a_bare_forward_keeps_the_forwarded_text():
    text = "-----Original Message-----\nFrom: juf@school.example\nSent: 3 juni\nTo: ouder\nSubject: x\n\nJan was stout."
    assert "Jan was stout." in strip_quoted(text)
