"""Reading and editing a compose file's ``environment:`` line by line: names only, comments,
order and line endings kept; a form edited by hand only is refused, never rewritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.bots.compose import (
    ComposeEditRefused,
    add_names,
    bot_service,
    compose_file_of,
    docker_run_passes,
    find_compose_file,
    passed_names,
    services,
)
from tests.bots.test_where_bots_run import FREQTRADE_COMPOSE

NAMES = ("FREQTRADE__EXCHANGE__KEY", "FREQTRADE__EXCHANGE__SECRET")


def test_stock_freqtrade_file_gets_an_environment_block_after_its_header() -> None:
    [service] = services(FREQTRADE_COMPOSE)
    assert (service.name, service.indent) == ("freqtrade", 4)
    assert passed_names(FREQTRADE_COMPOSE, service) == set()
    edited = add_names(FREQTRADE_COMPOSE, "freqtrade", NAMES)
    assert (
        edited.replace(
            "    environment:\n      - FREQTRADE__EXCHANGE__KEY\n"
            "      - FREQTRADE__EXCHANGE__SECRET\n",
            "",
        )
        == FREQTRADE_COMPOSE
    )
    assert add_names(edited, "freqtrade", NAMES) == edited  # already there: unchanged


def test_existing_list_and_mapping_forms_are_extended_in_their_own_style() -> None:
    listed = (
        "services:\r\n  bot:\r\n    image: freqtradeorg/freqtrade:stable\r\n"
        "    environment:\r\n      - TZ=UTC  # keep\r\n    restart: always\r\n"
    )
    edited = add_names(listed, "bot", NAMES)
    assert edited == listed.replace(
        "      - TZ=UTC  # keep\r\n",
        "      - TZ=UTC  # keep\r\n      - FREQTRADE__EXCHANGE__KEY\r\n"
        "      - FREQTRADE__EXCHANGE__SECRET\r\n",
    )
    mapped = "services:\n  bot:\n    environment:\n      TZ: UTC\n"
    assert add_names(mapped, "bot", NAMES[:1]) == mapped + "      FREQTRADE__EXCHANGE__KEY:\n"
    [service] = services(mapped)
    assert passed_names(mapped, service) == {"TZ"}


def test_forms_edited_by_hand_only_are_refused() -> None:
    flow = "services:\n  bot:\n    environment: [TZ=UTC]\n"
    with pytest.raises(ComposeEditRefused):
        add_names(flow, "bot", NAMES)
    with pytest.raises(ComposeEditRefused):
        add_names(FREQTRADE_COMPOSE, "other", NAMES)
    env_file = "services:\n  bot:\n    env_file: .env\n"
    assert passed_names(env_file, services(env_file)[0]) is None  # may pass anything


def test_finding_the_file_and_the_service(tmp_path: Path) -> None:
    (tmp_path / "user_data").mkdir()
    (tmp_path / "docker-compose.yml").write_text(FREQTRADE_COMPOSE)
    config = tmp_path / "user_data" / "config.json"
    config.write_text("{}")
    assert find_compose_file(config) == tmp_path / "docker-compose.yml"
    two = "services:\n  db:\n    image: postgres\n  ft:\n    image: freqtradeorg/freqtrade\n"
    found = bot_service(two, "freqtrade")
    assert found is not None and found.name == "ft"
    assert compose_file_of(["docker", "compose", "up"], tmp_path) == tmp_path / "docker-compose.yml"
    assert compose_file_of(["podman-compose", "-f", "x.yml", "up"], tmp_path) == tmp_path / "x.yml"
    assert compose_file_of(["docker", "run", "img"], tmp_path) is None


def test_docker_run_names() -> None:
    assert docker_run_passes(["docker", "run", "-e", "A", "--env=B=1", "-eC", "img"]) == {
        "A",
        "B",
        "C",
    }
    assert docker_run_passes(["docker", "run", "--env-file", "f", "img"]) is None
