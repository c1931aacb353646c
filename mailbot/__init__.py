"""mailbot: an email intake bot for school complaint procedures."""
__version__ = "0.1.0"
