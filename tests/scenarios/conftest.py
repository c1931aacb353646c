"""The two stages most scenarios play on; a file that needs another set-up defines its own fixture."""
import pytest

from lifecycle import Life
from story import Story


@pytest.fixture
def story(dovecot, smtp_sink, clock, config_factory):
    """The bot with the default config (divergent's procedure), on fresh servers."""
    s = Story(dovecot, smtp_sink, clock, config_factory(dovecot, smtp_sink))
    yield s
    s.bot.close()


@pytest.fixture
def life(dovecot, smtp_sink, clock, config_factory):
    """A Story told over weeks: parent mail leaves only between 07:30 and 20:00."""
    s = Life(dovecot, smtp_sink, clock, config_factory(dovecot, smtp_sink, bot={"send_window": "07:30-20:00"}))
    yield s
    s.bot.close()
