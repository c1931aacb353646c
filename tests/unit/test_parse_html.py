"""HTML bodies become text: never rendered, scripts gone, the quoted history of each client removed."""

from mailbot.html import html_to_new_text, html_to_text

NEW = "<p>Mijn zoon is gepest.</p><p>Groeten,<br>Anna</p>"


def test_scripts_styles_and_head_never_reach_the_text():
    html = "<html><head><title>t</title><style>p{}</style></head><body><script>steal()</script>" + NEW + "</body></html>"
    assert html_to_text(html) == "Mijn zoon is gepest.\n\nGroeten,\nAnna"


def test_gmail_quote_is_removed():
    html = NEW + '<div class="gmail_quote"><div class="gmail_attr">Op di 4 jun schreef X:</div><blockquote>oud</blockquote></div>'
    assert html_to_new_text(html) == "Mijn zoon is gepest.\n\nGroeten,\nAnna"


def test_apple_and_thunderbird_citations_are_removed():
    html = NEW + '<div class="moz-cite-prefix">Op 4-6-2024 schreef X:</div><blockquote type="cite">oud</blockquote>'
    assert "oud" not in html_to_new_text(html) and "schreef" not in html_to_new_text(html)


def test_outlook_web_reply_header_and_everything_after_it_are_removed():
    html = NEW + '<hr><div id="divRplyFwdMsg"><b>Van:</b> school</div><div>oude tekst</div><p>nog ouder</p>'
    assert html_to_new_text(html) == "Mijn zoon is gepest.\n\nGroeten,\nAnna"


def test_the_whole_text_keeps_the_history_for_the_record():
    html = NEW + '<blockquote type="cite">oud</blockquote>'
    assert "oud" in html_to_text(html)


def test_parser_killer_html_is_converted_without_building_a_tree():
    # 50,000 nested divs: a tree this deep would exhaust the recursion limit (and took a minute).
    html = "<div>" * 50_000 + "tekst<script>x()</script>" + "</div>" * 50_000
    assert html_to_text(html) == "tekst" and html_to_new_text(html) == "tekst"
