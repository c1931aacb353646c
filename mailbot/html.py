"""HTML bodies → plain text. HTML is never rendered: no scripts run, nothing is fetched."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

# "Parser killer" HTML (megabytes of nested tags) would make the soup slow; a
# complaint never needs more than this much markup to be read.
MAX_HTML_CHARS = 500_000

_DROP = ["script", "style", "head", "title", "meta", "noscript", "template", "iframe", "object", "svg"]
_BLOCKS = ["p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol", "pre", "hr"]
# Markers mail clients put around the quoted original message.
_QUOTE_CLASSES = re.compile(r"gmail_quote|gmail_extra|moz-cite-prefix|yahoo_quoted|OutlookMessageHeader|ms-outlook-mobile-reply")
_QUOTE_IDS = re.compile(r"divRplyFwdMsg|appendonsend|x_divRplyFwdMsg|mail-editor-reference-message-container|reply-intro")


def html_to_text(html: str) -> str:
    """The whole text of an HTML part, history included."""
    return _soup_text(_soup(html))


def html_to_new_text(html: str) -> str:
    """Only what the sender wrote: blockquotes and client quote containers removed."""
    soup = _soup(html)
    _drop_quoted(soup)
    return _soup_text(soup)


def _soup(html: str) -> BeautifulSoup:
    soup = BeautifulSoup(html[:MAX_HTML_CHARS], "html.parser")
    for tag in soup(_DROP):
        tag.decompose()
    return soup


def _drop_quoted(soup: BeautifulSoup) -> None:
    for tag in soup.find_all("blockquote"):
        if not tag.decomposed:
            tag.decompose()
    for tag in soup.find_all(class_=_QUOTE_CLASSES):
        if not tag.decomposed:
            tag.decompose()
    # Outlook on the web puts the "Van:/From:" header in div#divRplyFwdMsg and the
    # quoted original *after* it as siblings, so everything that follows goes too.
    for tag in soup.find_all(id=_QUOTE_IDS):
        if tag.decomposed:
            continue
        for sibling in list(tag.find_next_siblings()):
            sibling.decompose()
        previous = tag.find_previous_sibling()
        if previous is not None and previous.name == "hr":
            previous.decompose()
        tag.decompose()


def _soup_text(soup: BeautifulSoup) -> str:
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(_BLOCKS):
        block.insert_before("\n")
        block.insert_after("\n")
    lines = [" ".join(line.replace("\xa0", " ").split()) for line in soup.get_text().splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()
