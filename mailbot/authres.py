"""Is a director's command really from the director? Read Authentication-Results (RFC 8601), pure.

A From header is trivially forged, so a command counts only when the receiving mail server —
identified by a configured, trusted authserv-id — says DKIM or SPF passed for a domain aligned
with the From domain (DMARC-style relaxed alignment), or DMARC itself passed.

Only the topmost header carrying a trusted authserv-id is read: the border server prepends its
own result and, per RFC 8601 section 5, removes older ones claiming its id, so anything further
down with that id was written by the sender.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_COMMENT = re.compile(r"\([^()]*\)")
_PAIR = re.compile(r'([\w.-]+)\s*=\s*("[^"]*"|[^\s;]+)')


@dataclass(frozen=True)
class Verdict:
    authentic: bool
    why: str


@dataclass(frozen=True)
class Result:
    method: str                      # dkim | spf | dmarc | ...
    result: str                      # pass | fail | none | ...
    props: tuple[tuple[str, str], ...]

    def prop(self, name: str) -> str:
        return next((v for k, v in self.props if k == name), "")


def parse(header: str) -> tuple[str, tuple[Result, ...]]:
    """(authserv-id, results) of one Authentication-Results header value."""
    text = header
    while _COMMENT.search(text):           # comments may nest; strip innermost first
        text = _COMMENT.sub(" ", text)
    parts = [p.strip() for p in text.split(";")]
    authserv = parts[0].split()[0].lower() if parts and parts[0].split() else ""
    results = []
    for part in parts[1:]:
        pairs = [(k.lower(), v.strip('"').lower()) for k, v in _PAIR.findall(part)]
        if not pairs or pairs[0][0] in ("none",):
            continue
        method, result = pairs[0]
        results.append(Result(method, result, tuple(pairs[1:])))
    return authserv, tuple(results)


def aligned(domain: str, from_domain: str) -> bool:
    """Relaxed alignment without a public-suffix list: equal, or one a subdomain of the other."""
    domain, from_domain = domain.strip(".").lower(), from_domain.strip(".").lower()
    if not domain or not from_domain:
        return False
    return domain == from_domain or domain.endswith("." + from_domain) or from_domain.endswith("." + domain)


def _domain(value: str) -> str:
    return value.rsplit("@", 1)[-1]


def verdict(headers: tuple[str, ...], from_addr: str, trusted: tuple[str, ...]) -> Verdict:
    """Decide from the message's Authentication-Results headers (in header order, top first)."""
    trusted_ids = {t.lower() for t in trusted}
    if not trusted_ids:
        return Verdict(False, "no trusted authserv-id is configured ([director] trusted_authserv_ids)")
    from_domain = _domain(from_addr)
    for header in headers:
        authserv, results = parse(header)
        if authserv not in trusted_ids:
            continue
        for r in results:
            if r.result != "pass":
                continue
            if r.method == "dkim" and aligned(_domain(r.prop("header.d") or r.prop("header.i")), from_domain):
                return Verdict(True, f"dkim=pass for {r.prop('header.d') or r.prop('header.i')} ({authserv})")
            if r.method == "spf" and aligned(_domain(r.prop("smtp.mailfrom") or r.prop("smtp.helo")), from_domain):
                return Verdict(True, f"spf=pass for {r.prop('smtp.mailfrom') or r.prop('smtp.helo')} ({authserv})")
            if r.method == "dmarc" and aligned(r.prop("header.from"), from_domain):
                return Verdict(True, f"dmarc=pass for {r.prop('header.from')} ({authserv})")
        found = ", ".join(f"{r.method}={r.result}" for r in results) or "no results"
        return Verdict(False, f"{authserv} reports {found}, nothing that passes for {from_domain}")
    return Verdict(False, "no Authentication-Results header from a trusted server "
                          f"({', '.join(sorted(trusted_ids))})")
