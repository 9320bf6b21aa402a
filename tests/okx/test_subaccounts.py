"""The master account's sub-accounts and their keys: the simulator's endpoints and the client's
typed methods, over real HTTP (SUBACCOUNTS.md)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from gui.okx.client import OkxClient
from gui.okx.errors import ErrorKind, OkxError
from gui.okx.models import Permission
from gui.okx.signing import Credentials
from gui.okx.simulator import Fault, ManualClock, Simulator
from gui.okx.simulator import Permission as SimPermission
from gui.okx.subaccounts import PATH_SUB_APIKEY, SubAccountApi

READ_TRADE = {Permission.READ, Permission.TRADE}
PASS = "Bot#Pass2026x"


def client_for(sim: Simulator, credentials: Credentials) -> OkxClient:
    return OkxClient(credentials, base_url=sim.base_url, timeout=5.0)


@pytest.fixture
def api(simulator: Simulator) -> Iterator[SubAccountApi]:
    simulator.rate_limits = False  # several writes per second here; the limit has its own test
    with client_for(simulator, simulator.key("manager").credentials) as client:
        yield SubAccountApi(client, pacer=None)


def test_the_manager_lists_its_sub_accounts(api: SubAccountApi) -> None:
    subs = {s.name: s for s in api.sub_accounts()}
    assert {"botalpha01", "botbeta02", "managed03", "legacy2024"} <= set(subs)
    assert subs["botalpha01"].standard and subs["botalpha01"].label == "grid bot"
    assert not subs["managed03"].standard


def test_a_key_works_when_created_and_stops_when_deleted(
    simulator: Simulator, api: SubAccountApi
) -> None:
    new = api.create_key("botalpha01", "bot one", PASS, READ_TRADE, ["127.0.0.1"])
    assert new.key.permissions == READ_TRADE and new.key.ips == ("127.0.0.1",)
    assert new.credentials.passphrase == PASS and len(new.credentials.secret_key) == 32
    with client_for(simulator, new.credentials) as bot:
        config = bot.account_config()
        assert config.is_sub_account and config.uid == "539117624081240101"
        listed = api.keys("botalpha01")
        assert new.key.api_key in {k.api_key for k in listed}
        api.delete_key("botalpha01", new.key.api_key)
        with pytest.raises(OkxError) as refused:
            bot.account_config()
    assert refused.value.code == "50119"
    assert api.keys("botalpha01", new.key.api_key) == []


def test_a_key_bound_elsewhere_is_refused_here(simulator: Simulator, api: SubAccountApi) -> None:
    new = api.create_key("botbeta02", "server bot", PASS, {Permission.READ}, ["203.0.113.9"])
    with client_for(simulator, new.credentials) as bot, pytest.raises(OkxError) as refused:
        bot.account_config()
    assert refused.value.kind is ErrorKind.IP


def test_a_sub_accounts_key_is_not_a_master_key(simulator: Simulator) -> None:
    credentials = simulator.key("sub-account").credentials
    with client_for(simulator, credentials) as client, pytest.raises(OkxError) as refused:
        SubAccountApi(client, pacer=None).sub_accounts()
    assert refused.value.code == "59500"
    assert refused.value.kind is ErrorKind.MASTER_ONLY


def test_a_master_key_without_ip_binding_may_read_but_not_write(simulator: Simulator) -> None:
    with client_for(simulator, simulator.key("unbound").credentials) as client:
        api = SubAccountApi(client, pacer=None)
        assert api.sub_accounts()  # reading needs no binding
        with pytest.raises(OkxError) as refused:
            api.create_key("botalpha01", "bot", PASS, READ_TRADE, ["127.0.0.1"])
    assert (refused.value.code, refused.value.http_status) == ("50035", 403)
    assert refused.value.kind is ErrorKind.IP


def test_a_read_only_master_key_may_not_write(simulator: Simulator) -> None:
    credentials = simulator.key("read-only").credentials
    with client_for(simulator, credentials) as client, pytest.raises(OkxError) as refused:
        SubAccountApi(client, pacer=None).create_key("botalpha01", "bot", PASS, READ_TRADE, [])
    assert refused.value.code == "50120"


@pytest.mark.parametrize(
    ("sub", "code"), [("no", "51000"), ("bad name!", "51000"), ("nosuchsub1", "59510")]
)
def test_bad_sub_account_names(api: SubAccountApi, sub: str, code: str) -> None:
    with pytest.raises(OkxError) as refused:
        api.create_key(sub, "bot", PASS, READ_TRADE, [])
    assert refused.value.code == code


@pytest.mark.parametrize(
    ("sub", "passphrase", "ips", "code"),
    [
        ("botalpha01", "password", [], "59505"),  # no digit, upper case, special character
        ("botalpha01", "Sh0rt#", [], "59505"),
        ("botalpha01", PASS, [f"198.51.100.{i}" for i in range(21)], "59503"),
        ("botalpha01", PASS, ["not-an-ip"], "51000"),
        ("managed03", PASS, [], "59614"),
    ],
)
def test_what_okx_refuses_for_a_new_key(
    api: SubAccountApi, sub: str, passphrase: str, ips: list[str], code: str
) -> None:
    with pytest.raises(OkxError) as refused:
        api.create_key(sub, "bot", passphrase, READ_TRADE, ips)
    assert refused.value.code == code
    # 51000 ("Parameter ip error") is OKX's generic parameter error: the app checks IPs first
    assert (refused.value.kind is ErrorKind.UNKNOWN) == (code == "51000")


def test_twenty_ips_are_fine(api: SubAccountApi) -> None:
    ips = [f"198.51.100.{i}" for i in range(20)]
    assert len(api.create_key("botalpha01", "many", PASS, READ_TRADE, ips).key.ips) == 20


def test_withdraw_is_never_requested_and_okx_refuses_it(api: SubAccountApi) -> None:
    with pytest.raises(ValueError, match="Withdraw"):
        api.create_key("botalpha01", "bot", PASS, {Permission.WITHDRAW}, [])
    payload = {"subAcct": "botalpha01", "label": "w", "passphrase": PASS, "perm": "withdraw"}
    with pytest.raises(OkxError) as refused:
        api.client.signed("POST", PATH_SUB_APIKEY, payload=payload)
    assert refused.value.code == "59504"


def test_a_note_name_is_used_once_per_sub_account(api: SubAccountApi) -> None:
    api.create_key("botalpha01", "same", PASS, READ_TRADE, [])
    with pytest.raises(OkxError) as refused:
        api.create_key("botalpha01", "same", PASS, READ_TRADE, [])
    assert refused.value.code == "59502"
    assert api.create_key("botbeta02", "same", PASS, READ_TRADE, []).key.label == "same"


def test_deleting_a_key_twice(api: SubAccountApi) -> None:
    new = api.create_key("botalpha01", "twice", PASS, READ_TRADE, [])
    api.delete_key("botalpha01", new.key.api_key)
    with pytest.raises(OkxError) as refused:
        api.delete_key("botalpha01", new.key.api_key)
    assert refused.value.code == "59506" and refused.value.kind is ErrorKind.KEY


def test_web_site_edits_show_in_the_listing(simulator: Simulator, api: SubAccountApi) -> None:
    new = api.create_key("botalpha01", "edited", PASS, READ_TRADE, ["127.0.0.1"])
    simulator.edit_sub_key(
        new.key.api_key, permissions=frozenset({SimPermission.READ}), ips=("198.51.100.7",)
    )
    (listed,) = api.keys("botalpha01", new.key.api_key)
    assert listed.permissions == {Permission.READ} and listed.ips == ("198.51.100.7",)
    changed = api.modify_key("botalpha01", new.key.api_key, ips=["127.0.0.1"])
    assert changed.ips == ("127.0.0.1",)


def test_creating_a_sub_account(api: SubAccountApi) -> None:
    sub = api.create_sub_account("newbot2026", "a new bot")
    assert sub.standard and sub.uid
    assert "newbot2026" in {s.name for s in api.sub_accounts()}
    with pytest.raises(OkxError) as refused:
        api.create_sub_account("newbot2026")
    assert refused.value.code == "59601"
    assert api.create_key("newbot2026", "first", PASS, READ_TRADE, []).key.sub_account == (
        "newbot2026"
    )


def test_the_sub_account_writes_are_limited_per_master_uid() -> None:
    clock = ManualClock()
    with Simulator(clock=clock) as sim, client_for(sim, sim.key("manager").credentials) as client:
        api = SubAccountApi(client, pacer=None)
        api.create_key("botalpha01", "first", PASS, READ_TRADE, [])
        with pytest.raises(OkxError) as refused:
            api.create_key("botalpha01", "second", PASS, READ_TRADE, [])
        assert refused.value.kind is ErrorKind.RATE_LIMIT
        assert api.keys("botalpha01")  # the GET has its own limit (20 / 2 s)
        clock.advance(1.0)
        assert api.create_key("botalpha01", "second", PASS, READ_TRADE, []).key.label


def test_an_injected_rate_limit_is_reported(simulator: Simulator, api: SubAccountApi) -> None:
    simulator.inject(Fault(rate_limit=True), path=PATH_SUB_APIKEY, count=1)
    with pytest.raises(OkxError) as refused:
        api.create_key("botalpha01", "bot", PASS, READ_TRADE, [])
    assert refused.value.kind is ErrorKind.RATE_LIMIT


def test_reset_forgets_created_keys(simulator: Simulator, api: SubAccountApi) -> None:
    new = api.create_key("botalpha01", "temp", PASS, READ_TRADE, [])
    assert new.key.api_key in {
        k.credentials.api_key for k in simulator.sub_account_keys("botalpha01")
    }
    simulator.reset()
    assert [k.name for k in simulator.sub_account_keys("botalpha01")] == ["bot-a-web"]


def test_the_secret_never_appears_in_repr(api: SubAccountApi) -> None:
    new = api.create_key("botalpha01", "quiet", PASS, READ_TRADE, [])
    text = repr(new) + repr(new.key) + str(new.credentials)
    for secret in (new.credentials.secret_key, PASS, new.credentials.api_key):
        assert secret not in text


def test_a_sub_accounts_balances_through_the_master_key(api: SubAccountApi) -> None:
    trading = api.client.signed(
        "GET", "/api/v5/account/subaccount/balances", params={"subAcct": "botalpha01"}
    )
    assert trading[0]["details"][0]["ccy"] == "USDT" and trading[0]["totalEq"] == "300"
    funding = api.client.signed(
        "GET", "/api/v5/asset/subaccount/balances", params={"subAcct": "botalpha01"}
    )
    assert funding == [{"ccy": "USDT", "bal": "20", "availBal": "20", "frozenBal": "0"}]
