"""The private Dovecot's config: data/dovecot.conf.in filled in for one work directory.

Kept apart from sandbox.py (which starts and stops the server) because the only tricky part
of running Dovecot privately is here: who the processes run as. Dovecot refuses mail access as
uid 0, so under root the mail processes run as `nobody`, chrooted into the mail directory
(which keeps them working even when the work directory's parents are private).
"""
from __future__ import annotations

import grp
import os
import pwd
import shutil
import string
from pathlib import Path

TEMPLATE = Path(__file__).parent / "data" / "dovecot.conf.in"


class SandboxError(RuntimeError):
    """A throwaway server could not be started; the message says why and how to fix it."""


def maildir(workdir: Path, user: str) -> Path:
    return workdir / "mail" / user / "Maildir"


def write_config(workdir: Path, *, user: str, password: str, host: str, port: int,
                 tls: tuple[Path, Path, int] | None = None, hint: str = "") -> Path:
    """Write passwd and dovecot.conf under `workdir`; `tls` is (cert, key, IMAPS port) or None."""
    for sub in ("run", "state", "mail"):
        (workdir / sub).mkdir(parents=True, exist_ok=True)
    home = workdir / "mail" / user
    home.mkdir(exist_ok=True)
    (workdir / "passwd").write_text(f"{user}:{{PLAIN}}{password}::::\n")
    if os.getuid() == 0:
        identity, user_home = _as_root(workdir, home, user, hint), f"/{user}"
    else:
        identity, user_home = _as_me(), str(home)
    tls_lines, imaps_port = "ssl = no\n", 0
    if tls:
        cert, key, imaps_port = tls
        tls_lines = f"ssl = yes\nssl_cert = <{cert}\nssl_key = <{key}\nssl_min_protocol = TLSv1.2\n"
    conf = workdir / "dovecot.conf"
    conf.write_text(string.Template(TEMPLATE.read_text()).substitute(
        host=host, port=port, imaps_port=imaps_port, run=workdir / "run", state=workdir / "state",
        log=workdir / "dovecot.log", passwd=workdir / "passwd", home=user_home, identity=identity, tls=tls_lines))
    return conf


def _as_root(workdir: Path, home: Path, user: str, hint: str) -> str:
    # Login and internal processes must not be root; mail processes cannot be root.
    login = _first_user(hint, "dovenull", "nobody")
    internal = _first_user(hint, "dovecot", "nobody")
    mail_user, mail_group = "nobody", _group_of("nobody")
    for path in (workdir / "mail", home):
        shutil.chown(path, mail_user, mail_group)
    return f"""default_internal_user = {internal}
default_internal_group = {_group_of(internal)}
default_login_user = {login}
mail_uid = {mail_user}
mail_gid = {mail_group}
valid_chroot_dirs = {workdir / 'mail'}
mail_chroot = {workdir / 'mail'}
service auth {{
  user = root
}}
"""


def _as_me() -> str:
    me = pwd.getpwuid(os.getuid())
    return f"""default_internal_user = {me.pw_name}
default_internal_group = {grp.getgrgid(os.getgid()).gr_name}
default_login_user = {me.pw_name}
mail_uid = {me.pw_uid}
mail_gid = {os.getgid()}
first_valid_uid = {min(me.pw_uid, 500)}
first_valid_gid = {min(os.getgid(), 100)}
"""


def _group_of(user: str) -> str:
    return grp.getgrgid(pwd.getpwnam(user).pw_gid).gr_name


def _first_user(hint: str, *names: str) -> str:
    for name in names:
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise SandboxError(f"none of the users {names} exists; {hint}")
