"""Scenario vocabulary for the weeks a complaint runs: local dates, the deadline sweep, replies in threads."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from story import Story

BOT = "klachten@school.example"
DIRECTOR = "directeur@school.example"


class Life(Story):
    """A Story whose clock is set in the organisation's own time, and whose bot also runs its tick."""

    def at(self, month: int, day: int, hour: int = 9, minute: int = 0, year: int = 2026) -> None:
        self.clock.set(datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(self.config.bot.timezone)))

    def tick(self):
        return self.bot.tick()

    def poll_and_tick(self):
        self.poll()
        return self.tick()

    def last_to(self, address: str, about: str = ""):
        """The latest mail sent to `address` (whose subject contains `about`, when given)."""
        mails = [m for m in self.mails_to(address) if about in m["Subject"]]
        assert mails, f"nothing was sent to {address}"
        return mails[-1]

    def director_replies(self, to_mail, body: str, *, headers: dict | None = None) -> dict:
        """The director answers one of the bot's notices from their own mail client."""
        mid = self.writes(f"De directeur <{DIRECTOR}>", "Re: " + to_mail["Subject"], body, reply_to_mail=to_mail,
                          headers=headers)
        return {"Message-ID": mid, "References": to_mail["References"] or ""}

    def parent_replies(self, parent: str, to_mail, body: str) -> dict:
        mid = self.writes(parent, "Re: " + to_mail["Subject"], body, reply_to_mail=to_mail)
        refs = " ".join([*(to_mail["References"] or "").split(), to_mail["Message-ID"]])
        return {"Message-ID": mid, "References": refs, "Subject": "Re: " + to_mail["Subject"]}

    def timeline(self, ref: str | None = None) -> str:
        from mailbot.report import show_case
        case = self.case(ref)
        return show_case(self.bot.store, case.ref, self.config.bot.tz)

    def deadlines(self) -> dict[str, str]:
        """Open deadlines of the latest case: kind -> local due date."""
        tz = ZoneInfo(self.config.bot.timezone)
        return {d.kind: d.due_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
                for d in self.bot.store.open_deadlines(self.case().id)}

    def templates_to(self, address: str) -> list[str]:
        return [o.template for o in self.bot.store.outbox() if address in o.mail.to and o.state == "sent"]
