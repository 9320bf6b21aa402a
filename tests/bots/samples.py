"""Realistic plain-text files of each tool, holding a given key (formats from
shared/bots/FACTS.md and the tools' own templates), with comments and layout to keep."""

from __future__ import annotations

from gui.okx.signing import Credentials


def freqtrade_config(c: Credentials, exchange: str = "okx") -> str:
    return f"""{{
    // freqtrade configuration: comments and trailing commas are allowed
    "max_open_trades": 3,
    "stake_currency": "USDT",
    "dry_run": false,
    "exchange": {{
        "name": "{exchange}",
        "key": "{c.api_key}",       // API key
        "secret": "{c.secret_key}",
        "password": "{c.passphrase}",
        "ccxt_config": {{}},
        "pair_whitelist": ["BTC/USDT", "ETH/USDT",],
    }},
    /* telegram stays as it is */
    "telegram": {{"enabled": false, "token": "", "chat_id": ""}},
}}
"""


def okx_toml(live: Credentials, demo: Credentials | None = None) -> str:
    text = f"""# OKX Agent Trade Kit
default_profile = "live"

[profiles.live]
api_key = "{live.api_key}"
secret_key = "{live.secret_key}"   # from the API page
passphrase = '{live.passphrase}'
site = "global"
"""
    if demo is not None:
        text += f"""
[profiles.demo]
api_key = "{demo.api_key}"
secret_key = "{demo.secret_key}"
passphrase = "{demo.passphrase}"
demo = true
"""
    return text


def passivbot_keys(c: Credentials) -> str:
    return f"""{{
  "binance_01": {{"exchange": "binance", "key": "binance-key-not-ours", "secret": "xyz"}},
  "okx_01": {{
    "exchange": "okx",
    "key": "{c.api_key}",
    "secret": "{c.secret_key}",
    "passphrase": "{c.passphrase}"
  }}
}}
"""


def dotenv(c: Credentials) -> str:
    return f"""# my bot
LOG_LEVEL=info
OKX_API_KEY={c.api_key}
OKX_SECRET_KEY="{c.secret_key}"  # keep quiet
export OKX_PASSPHRASE='{c.passphrase}'
OKX_SITE=global

TELEGRAM_TOKEN=not-a-key
"""


def compose(c: Credentials) -> str:
    return f"""services:
  freqtrade:
    image: freqtradeorg/freqtrade:stable
    restart: unless-stopped
    environment:
      - FREQTRADE__EXCHANGE__NAME=okx
      - FREQTRADE__EXCHANGE__KEY={c.api_key}
      - "FREQTRADE__EXCHANGE__SECRET={c.secret_key}"
      - FREQTRADE__EXCHANGE__PASSWORD={c.passphrase}   # the passphrase
    command: trade --config /freqtrade/user_data/config.json
  okx-mcp:
    image: node:20
    environment:
      OKX_SITE: global
      TZ: UTC
"""


def compose_mapping(c: Credentials) -> str:
    return f"""services:
  bot:
    image: python:3.11
    environment:
      OKX_API_KEY: {c.api_key}
      OKX_SECRET_KEY: "{c.secret_key}"
      OKX_PASSPHRASE: '{c.passphrase}'  # kit
      OKX_SITE: global
"""
