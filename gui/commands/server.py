"""What every command that talks to OKX shares: the key's credentials (from the environment or
asked without echo, never from arguments), and ``--base-url`` with its refusals and warning."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from typing import TextIO

from gui.commands.common import EXIT_USAGE, CommandError, Console
from gui.okx.regions import Region
from gui.okx.signing import Credentials
from gui.okx.target import OkxTarget
from gui.okx.urls import BadUrlError, parse_base_url, try_parse

ENV_API_KEY = "OKX_API_KEY"
ENV_SECRET_KEY = "OKX_SECRET_KEY"  # noqa: S105 - the variable's name
ENV_PASSPHRASE = "OKX_PASSPHRASE"  # noqa: S105 - the variable's name


def add_key_arguments(parser: argparse.ArgumentParser) -> None:
    """``--region`` and ``--demo``: where a key given on the command line was made (``check``,
    ``add``)."""
    from gui.okx.regions import Region

    parser.add_argument(
        "--region",
        choices=[r.value for r in Region],
        default=Region.GLOBAL.value,
        help="where the key was made: global (www.okx.com), eea (my.okx.com), us (app.okx.com)",
    )
    parser.add_argument("--demo", action="store_true", help="the key is a demo-trading key")


def add_server_arguments(parser: argparse.ArgumentParser) -> None:
    """``--base-url`` and ``--timeout``: every command that talks to OKX takes them (``check``,
    ``add``, ``migrate``)."""
    parser.add_argument(
        "--base-url",
        metavar="URL",
        help="talk to this server instead of OKX's host for --region (a simulator, a proxy); "
        "needs --allow-non-okx-host unless it is one of OKX's own addresses",
    )
    parser.add_argument(
        "--allow-non-okx-host",
        action="store_true",
        help="accept that --base-url is not OKX: your API key, passphrase and signed requests "
        "go to that server, which can use them",
    )
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per request")


def warn_non_okx(base_url: str | None, err: TextIO) -> None:
    """The warning printed before anything is sent to a server that is not OKX's."""
    parsed = try_parse(base_url) if base_url is not None else None
    if parsed is not None and not parsed.is_official:
        print(
            f"WARNING: sending your API key and passphrase to {parsed.url}, which is not "
            "OKX's server (--allow-non-okx-host).",
            file=err,
            flush=True,
        )


def target_for(args: argparse.Namespace, region: Region) -> OkxTarget:
    """Where OKX is for a key of ``region``: ``--base-url`` when given (rebuilt from its parsed
    parts, :func:`gui.okx.urls.parse_base_url`, not the string), else OKX's own host;
    ``--timeout`` per request."""
    url = parse_base_url(args.base_url).url if args.base_url else None
    return OkxTarget.at(region, url, args.timeout)


def credentials_from_user(
    env: Mapping[str, str], ask: Callable[[str], str], ask_hidden: Callable[[str], str]
) -> Credentials:
    api_key = env.get(ENV_API_KEY) or ask("API key: ")
    secret_key = env.get(ENV_SECRET_KEY) or ask_hidden("Secret key (hidden): ")
    passphrase = env.get(ENV_PASSPHRASE) or ask_hidden("Passphrase (hidden): ")
    return Credentials(api_key.strip(), secret_key.strip(), passphrase.strip())


def base_url_refusal(url: str, allowed: bool) -> str | None:
    """Why ``--base-url`` is refused, or None. One parse (:func:`gui.okx.urls.parse_base_url`,
    the HTTP library's own parser): the host judged here is the host connected to."""
    try:
        parsed = parse_base_url(url)
    except BadUrlError as exc:
        return f"{exc} Nothing was sent."
    url = parsed.url
    if not parsed.may_sign:
        return (
            f"{url} starts with http://: your key would cross the network unencrypted. Use an "
            "https:// address (plain http:// is allowed only to this computer: 127.0.0.1, ::1, "
            "localhost)."
        )
    if not parsed.is_official and not allowed:
        return (
            f"{url} is not OKX's server. Your API key, passphrase and signed requests would be "
            "sent to it, and whoever runs it could trade with your key. If you trust it (a "
            "simulator, your own proxy), add --allow-non-okx-host."
        )
    return None


def read_credentials(console: Console) -> Credentials:
    """The key's three secrets from the environment, else asked (two without echo)."""
    try:
        credentials = credentials_from_user(console.env, console.ask, console.ask_hidden)
    except (EOFError, KeyboardInterrupt):
        raise CommandError(EXIT_USAGE, "no credentials given.") from None
    if not all((credentials.api_key, credentials.secret_key, credentials.passphrase)):
        raise CommandError(
            EXIT_USAGE,
            "the API key, secret key and passphrase are all needed (set "
            f"{ENV_API_KEY}, {ENV_SECRET_KEY}, {ENV_PASSPHRASE} or type them).",
        )
    return credentials


def refuse_base_url(args: argparse.Namespace, console: Console) -> None:
    """Refuses a ``--base-url`` that is not safe or not allowed; warns before a non-OKX one."""
    if args.base_url is not None:
        refusal = base_url_refusal(args.base_url, args.allow_non_okx_host)
        if refusal is not None:
            raise CommandError(EXIT_USAGE, refusal)
        warn_non_okx(args.base_url, console.err)
