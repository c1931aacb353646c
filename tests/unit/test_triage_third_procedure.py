"""A third organisation adds its own procedure in a folder of its own: no Python, run end to end."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PROCEDURE = '''
[procedure]
name = "bussen"
title = "Schoolvervoer De Kempen"
country = "BE"
subdivision = "VLG"
formal = false
ignore_category = "geen_klacht"
default_category = "overig"
min_score = 2

[deadlines]
too_old_months = 3
info_reminder_days = 3
info_close_days = 7
director_reminder_days = 2
director_escalate_days = 2
approval_reminder_days = 1
retention_months = 12
raw_retention_months = 3

[categories.vervoer]
description = "the school bus"
patterns = [["\\\\bbus\\\\b|chauffeur|opstapplaats", 3]]

[categories.overig]
description = "anything else"

[categories.geen_klacht]
description = "no complaint"

[bodies.vervoerder]
name = "de vervoersmaatschappij"
contact = ["Telefonisch: 000-000 00 00"]

[templates]
admissible = "parent/ack"
needs_info = "parent/request_info"
referral = "parent/referral"
inadmissible = "parent/inadmissible"

[[rules]]
name = "not_a_complaint"
category = ["geen_klacht"]
decision = "ignore"
reasons_from = "ignore_reason"

[[rules]]
name = "urgent_bus"
description = "the extra rule: a child in danger on the bus goes straight to the carrier"
category = ["vervoer"]
all = ["urgent"]
decision = "referral"
reasons = ["to_carrier_urgent"]
referral_to = ["vervoerder"]

[[rules]]
name = "too_old"
any = ["too_old"]
decision = "inadmissible"
reasons = ["too_old"]

[[rules]]
name = "accept"
decision = "admissible"
'''

MAIL = """From: Sofie Janssens <sofie@example.test>
To: klachten@vervoer.test
Subject: Bus lijn 4
Date: Tue, 10 Mar 2026 08:00:00 +0100
Message-ID: <bus-1@example.test>
Content-Type: text/plain; charset=utf-8

Goedemorgen,

Gisteren heeft de chauffeur van de bus onze zoon Jasper hardhandig bij zijn arm gepakt en tegen de muur geduwd
omdat hij te traag instapte. Jasper is nu bang en wil niet meer naar school met de bus.

Sofie Janssens
"""


def test_a_third_procedure_runs_end_to_end_from_a_temp_folder(tmp_path: Path):
    toml = tmp_path / "bussen.toml"
    toml.write_text(PROCEDURE, encoding="utf-8")
    mail = tmp_path / "bus.eml"
    mail.write_text(MAIL, encoding="utf-8")
    check = subprocess.run([sys.executable, "-m", "mailbot", "rules", "check", str(toml)],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    run = subprocess.run([sys.executable, "-m", "mailbot", "triage", "--procedure", str(toml), "--json", str(mail),
                          str(tmp_path / "missing.eml")], capture_output=True, text=True)
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(lines) == 2, run.stdout + run.stderr
    got = lines[0]
    assert (got["category"], got["decision"], got["reasons"]) == ("vervoer", "referral", ["to_carrier_urgent"])
    assert got["urgent"] is True and got["formal"] is None and got["student_name"] == "Jasper"
    assert got["latest_incident"] == "2026-03-09" and "urgent_bus" in got["rules_fired"]
    assert lines[1]["file"].endswith("missing.eml") and "error" in lines[1]
