"""Whether a command claiming to be from the director was authenticated by our own mail server."""
from mailbot.authres import aligned, parse, verdict

TRUSTED = ("mx.school.example",)
DIRECTOR = "directeur@school.example"


def test_dkim_pass_for_the_from_domain_is_authentic():
    h = "mx.school.example; dkim=pass (2048-bit key) header.d=school.example header.s=sel; spf=none"
    assert verdict((h,), DIRECTOR, TRUSTED).authentic


def test_spf_pass_aligned_with_a_subdomain_is_authentic():
    h = "mx.school.example 1; spf=pass smtp.mailfrom=bounce@mail.school.example; dkim=none"
    assert verdict((h,), DIRECTOR, TRUSTED).authentic


def test_a_pass_for_another_domain_is_not_authentic():
    h = "mx.school.example; dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=spoofer@gmail.com"
    v = verdict((h,), DIRECTOR, TRUSTED)
    assert not v.authentic and "school.example" in v.why


def test_a_header_from_an_untrusted_server_is_not_read():
    h = "evil.example; dkim=pass header.d=school.example"
    assert not verdict((h,), DIRECTOR, TRUSTED).authentic


def test_only_the_topmost_trusted_header_counts():
    ours = "mx.school.example; dkim=fail header.d=school.example; spf=softfail smtp.mailfrom=x@evil.example"
    forged = "mx.school.example; dkim=pass header.d=school.example"
    assert not verdict((ours, forged), DIRECTOR, TRUSTED).authentic


def test_no_header_or_no_trusted_id_configured_is_not_authentic():
    assert not verdict((), DIRECTOR, TRUSTED).authentic
    assert not verdict(("mx.school.example; dkim=pass header.d=school.example",), DIRECTOR, ()).authentic


def test_dmarc_pass_counts_and_comments_are_ignored():
    h = "MX.School.Example (postfix); dmarc=pass (p=reject dis=none) header.from=school.example"
    assert verdict((h,), DIRECTOR, TRUSTED).authentic


def test_parse_reads_quoted_values_and_skips_none():
    serv, results = parse('mx.a; none')
    assert serv == "mx.a" and results == ()
    _, [r] = parse('mx.a; spf=pass smtp.mailfrom="x@a.example"')
    assert r.prop("smtp.mailfrom") == "x@a.example"


def test_alignment_is_relaxed_but_not_a_suffix_match():
    assert aligned("mail.school.example", "school.example")
    assert not aligned("evilschool.example", "school.example")
