"""Wire the bot to APScheduler 3.x: poll (fetch, process, send) and the deadline sweep, forever."""
from __future__ import annotations

import logging
import signal

from apscheduler.schedulers.blocking import BlockingScheduler

from .bot import Bot

log = logging.getLogger("mailbot.jobs")


def run_forever(bot: Bot) -> None:
    """Blocks until SIGINT/SIGTERM. Deadlines live in the database, so a restart loses none."""
    tz = bot.config.bot.tz
    scheduler = BlockingScheduler(timezone=tz)
    # The first poll runs at once (the bot's clock, not the wall clock: see clock.py).
    scheduler.add_job(_safe(bot.poll_once), "interval", minutes=bot.config.bot.poll_minutes, id="poll",
                      max_instances=1, coalesce=True, next_run_time=bot.clock.now().astimezone(tz))
    scheduler.add_job(_safe(bot.tick), "interval", minutes=15, id="deadlines", max_instances=1, coalesce=True)
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: scheduler.shutdown(wait=False))
    log.info("mailbot running: polling every %s minutes (timezone %s)", bot.config.bot.poll_minutes, tz)
    try:
        scheduler.start()
    finally:
        bot.close()


def _safe(job):
    """A job that fails logs one line and runs again at its next time; the scheduler never dies."""
    def run():
        try:
            result = job()
            if result is not None and hasattr(result, "outcomes"):
                log.info("poll: %d new mails, %d sent", len(result.outcomes), result.dispatch.sent)
        except Exception as exc:  # noqa: BLE001 - the loop must outlive any one failure
            log.error("%s failed: %s: %s", getattr(job, "__name__", "job"), type(exc).__name__, exc)
    run.__name__ = getattr(job, "__name__", "job")
    return run
