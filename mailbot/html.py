"""HTML bodies → plain text. HTML is never rendered: no scripts run, nothing is fetched."""
from __future__ import annotations

import re
from html import unescape

from bs4 import BeautifulSoup

# "Parser killer" HTML (megabytes of nested tags) would make the soup slow; a
# complaint never needs more than this much markup to be read.
MAX_HTML_CHARS = 500_000

_DROP = ["script", "style", "head", "title", "meta", "noscript", "template", "iframe", "object", "svg"]
_BLOCK_TAG = re.compile(r"(?i)</?(p|div|li|tr|h[1-6]|blockquote|table|ul|ol|pre|hr)\b[^>]*>")
_BREAK = re.compile(r"(?i)<br\b[^>]*>")
_WHITESPACE = re.compile(r"\s+")
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>")
_SCRIPT = re.compile(r"(?is)<(script|style|head|title|noscript|template|svg)\b.*?</\1\s*>")
_VOID = {"br", "img", "hr", "meta", "link", "input", "wbr", "col", "area", "base", "param", "source", "track",
         "embed", "p", "li", "td", "tr", "th", "option"}  # p/li/td close themselves implicitly
MAX_DEPTH = 200
# Markers mail clients put around the quoted original message.
_QUOTE_CLASSES = re.compile(r"gmail_quote|gmail_extra|moz-cite-prefix|yahoo_quoted|OutlookMessageHeader|ms-outlook-mobile-reply")
_QUOTE_IDS = re.compile(r"divRplyFwdMsg|appendonsend|x_divRplyFwdMsg|mail-editor-reference-message-container|reply-intro")


def html_to_text(html: str) -> str:
    """The whole text of an HTML part, history included."""
    if _too_deep(html):
        return _flat_text(html)
    return _soup_text(_soup(html))


def html_to_new_text(html: str) -> str:
    """Only what the sender wrote: blockquotes and client quote containers removed."""
    if _too_deep(html):
        return _flat_text(html)  # no mail client nests this deep; it is an attack, not a reply
    soup = _soup(html)
    _drop_quoted(soup)
    return _soup_text(soup)


def _soup(html: str) -> BeautifulSoup:
    # Line breaks are decided in the markup, before parsing: inserting text nodes into a
    # parsed tree costs time per level of nesting, which deep "parser killer" HTML exploits.
    html = _WHITESPACE.sub(" ", html[:MAX_HTML_CHARS])
    html = _BREAK.sub("\n", _BLOCK_TAG.sub(lambda m: "\n" + m.group(0) + "\n", html))
    soup = BeautifulSoup(html, "html.parser")
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


def _too_deep(html: str) -> bool:
    """The soup's tree building is quadratic in nesting depth; measure it with a linear scan first."""
    depth = 0
    for match in _TAG.finditer(html, 0, MAX_HTML_CHARS):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if name in _VOID or self_closing:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        if depth > MAX_DEPTH:
            return True
    return False


def _flat_text(html: str) -> str:
    """Text without a tree: scripts and styles cut out, blocks become lines, other tags dropped."""
    html = _SCRIPT.sub(" ", _WHITESPACE.sub(" ", html[:MAX_HTML_CHARS]))
    html = _BREAK.sub("\n", _BLOCK_TAG.sub("\n", html))
    text = unescape(re.sub(r"<[^>]*$", "", _TAG.sub("", html)))  # the size cap may cut a tag in two
    return _clean_lines(text)


def _soup_text(soup: BeautifulSoup) -> str:
    return _clean_lines(soup.get_text())


def _clean_lines(text: str) -> str:
    lines = [" ".join(line.replace("\xa0", " ").split()) for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()
